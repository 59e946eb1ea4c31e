using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// Works, events and units under one key (a medium or a use): a work counts once under a key however many uses it
/// had; units are summed per unit kind, by unit kind.
/// </summary>
public sealed record AiActCount(string Key, long Works, long Events, ImmutableArray<AiActUnits> Units);
