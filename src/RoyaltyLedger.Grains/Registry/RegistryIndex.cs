using System.Text.Json;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// Keeps the listing index in step with registry grains. Upserts are idempotent, so a registration
/// retried after a failed index write repairs the index.
/// </summary>
internal static class RegistryIndex
{
    public static Task PublishAsync<T>(this ILedgerStore store, string kind, string id, string displayName, T payload) =>
        store.UpsertRegistryEntryAsync(new RegistryEntry(kind, id, displayName, JsonSerializer.Serialize(payload)), CancellationToken.None);
}
