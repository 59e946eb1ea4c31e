using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>A cycle with the registered identifiers (ISNI, IPI) of each paid party that is a creator; other parties have none.</summary>
public sealed record PayoutCycleView(StoredCycle Cycle, IReadOnlyDictionary<string, ImmutableArray<IdentifierRecord>> Identifiers);
