using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>An event that passed every check, rated and ready to store, with its index in the batch.</summary>
internal sealed record PreparedEvent(int Index, StoredEvent Event);
