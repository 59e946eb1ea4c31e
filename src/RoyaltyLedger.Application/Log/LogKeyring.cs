using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>
/// The server's signing key: from <see cref="TransparencyLogOptions.SigningKey"/> when set, else the seed the database
/// holds (generated and stored at the first use). Resolved once per process.
/// </summary>
public sealed class LogKeyring(TransparencyLogOptions options, ITransparencyLogStore store, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();
    private LogSigningKey? _key;

    /// <summary>Reads a configured seed: base64 of exactly 32 bytes, else an error naming the setting.</summary>
    public static LogSigningKey ParseConfiguredSeed(string text)
    {
        byte[] seed;
        try
        {
            seed = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{TransparencyLogOptions.Section}:SigningKey is not base64; expected the base64 of a 32-byte Ed25519 seed");
        }

        return seed.Length == LogSigningKey.SeedSize
            ? new LogSigningKey(seed)
            : throw new InvalidOperationException($"{TransparencyLogOptions.Section}:SigningKey holds {seed.Length} bytes; expected the base64 of a 32-byte Ed25519 seed");
    }

    public async Task<LogSigningKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _key ??= string.IsNullOrWhiteSpace(options.SigningKey)
                ? new LogSigningKey(await store.GetOrAddSigningSeedAsync(
                    LogSigningKey.Generate().ExportSeed(), time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false))
                : ParseConfiguredSeed(options.SigningKey);
            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<LogPublicKey> GetPublicKeyAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken).ConfigureAwait(false)).PublicKey;
}
