namespace RoyaltyLedger.Application.Outcomes;

/// <summary>The ledger is not in a state where the request can run; the message says what to do first (FAILED_PRECONDITION).</summary>
public class PreconditionFailedException(string message) : UseCaseException(message);
