namespace RoyaltyLedger.Application.Outcomes;

/// <summary>What the request names belongs to another party than the caller's (PERMISSION_DENIED).</summary>
public sealed class AccessDeniedException(string message) : UseCaseException(message);
