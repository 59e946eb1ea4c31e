using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// A work a model used, as the summary needs it: its medium ("" when the work is no longer registered) and the parties
/// holding rights in it (creators of the split in force, rightsholders whose catalogue holds it).
/// </summary>
public sealed record AiActWork(string WorkId, string Medium, ImmutableArray<string> CreatorIds, ImmutableArray<string> RightsholderIds);
