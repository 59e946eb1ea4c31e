using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using RoyaltyLedger.Application.Sessions;

namespace RoyaltyLedger.Server.Sessions;

/// <summary>
/// Makes sure the ring holds a usable key once the schema is current (after <c>SchemaInitializer</c>) and before any
/// request is served. Left to data protection, servers starting together on an empty ring would each create a first
/// key, and each would refuse the others' cookies until their next daily refresh; here one server creates it while the
/// others wait (<see cref="ISessionKeyStore.RunAloneAsync"/>) and then find it.
/// </summary>
internal sealed class SessionKeyRingStart(ISessionKeyStore store, IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SessionKeyRingStart), ServiceLifecycleStage.RuntimeServices, EnsureUsableKeyAsync);

    internal Task EnsureUsableKeyAsync(CancellationToken cancellationToken) => store.RunAloneAsync(() =>
    {
        var now = clock.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        }

        return Task.CompletedTask;
    }, cancellationToken);
}
