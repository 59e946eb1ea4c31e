namespace RoyaltyLedger.Application.Outcomes;

/// <summary>Something the request names is not there (NOT_FOUND).</summary>
public sealed class NotFoundException(string message) : UseCaseException(message);
