using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A work's contributors and shares as they stand from <see cref="EffectiveFrom"/> until the next version.</summary>
public sealed record SplitVersion(DateTimeOffset EffectiveFrom, IReadOnlyList<Contributor> Contributors);
