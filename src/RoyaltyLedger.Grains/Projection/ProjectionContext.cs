namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// What the projection runs under besides its stores: the ledger's clock, the projector's instruments, its round
/// limits, and how it tells the environment's failures from a use's. One per silo, resolved from the registered parts.
/// </summary>
public sealed record ProjectionContext(TimeProvider Clock, ProjectionMetrics Metrics, ProjectionSettings Settings, ProjectionFailures Failures);
