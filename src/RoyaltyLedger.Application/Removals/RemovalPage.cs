namespace RoyaltyLedger.Application.Removals;

/// <summary>One page of a listing, in journal order; <see cref="NextAfterEntryNo"/> continues it, 0 when nothing follows.</summary>
public sealed record RemovalPage(IReadOnlyList<StoredRemoval> Removals, long NextAfterEntryNo);
