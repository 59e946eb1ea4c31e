namespace RoyaltyLedger.Application.Outcomes;

/// <summary>
/// A use case's refusal, in words a caller can act on. Each kind maps to one gRPC status at the edge
/// (Server's UseCaseErrorInterceptor), so that use cases name what went wrong without knowing the wire.
/// </summary>
public abstract class UseCaseException(string message) : Exception(message);
