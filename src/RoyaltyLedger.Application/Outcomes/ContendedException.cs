namespace RoyaltyLedger.Application.Outcomes;

/// <summary>Another caller took part of the work first; nothing was done by this call (ABORTED).</summary>
public sealed class ContendedException(string message) : UseCaseException(message);
