namespace RoyaltyLedger.Application.Outcomes;

/// <summary>The request's id is already held with other content (ALREADY_EXISTS): a repeat must repeat the same terms.</summary>
public sealed class ConflictException(string message) : UseCaseException(message);
