using System.Text.Json;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// A registry grain's cached copy of its row in the registry store, the one durable record (docs/registry.md): loaded
/// on activation, changed only by a write that the store made in one transaction with what goes with it. The payload
/// is the JSON of <typeparamref name="T"/> (System.Text.Json defaults, as listings read it).
/// </summary>
internal sealed class RegistryRow<T>(IRegistryStore store, string kind, string id)
    where T : class
{
    private string? _payloadJson;

    /// <summary>The entity as stored, or null when it is not registered.</summary>
    public T? Value { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var entry = await store.FindAsync(kind, id, cancellationToken);
        _payloadJson = entry?.PayloadJson;
        Value = entry is null ? null : JsonSerializer.Deserialize<T>(entry.PayloadJson)
            ?? throw new InvalidDataException($"registry row {kind} {id} holds no payload");
    }

    /// <summary>
    /// Stores <paramref name="next"/> with the work's indexes, if any, in one transaction. False when another
    /// activation changed the row first: the copy is then reloaded from the store, and the caller decides again.
    /// A failed write leaves the copy as the store holds it and retires the activation.
    /// </summary>
    public async Task<bool> TrySaveAsync(T next, string displayName, WorkIndex? work, Grain grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        var json = JsonSerializer.Serialize(next);
        bool saved;
        try
        {
            saved = await store.SaveAsync(new RegistryChange(new RegistryEntry(kind, id, displayName, json), _payloadJson, work), CancellationToken.None);
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }

        if (!saved)
        {
            await LoadAsync(CancellationToken.None);
            return false;
        }

        _payloadJson = json;
        Value = next;
        return true;
    }
}
