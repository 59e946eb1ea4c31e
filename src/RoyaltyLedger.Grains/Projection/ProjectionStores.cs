using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// The ports the projection reads and writes: pending log rows and totals (<see cref="Projection"/>), the work log
/// and re-rating queue (<see cref="Rerates"/>), claim settlements (<see cref="Claims"/>) and the quarantine. Resolved
/// from the registered ports as one, so that the projector's classes take the projection's storage as one thing.
/// </summary>
public sealed record ProjectionStores(IUsageProjectionStore Projection, IRerateStore Rerates, IClaimStore Claims, IQuarantineStore Quarantine);
