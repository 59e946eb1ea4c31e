using System.Security.Cryptography;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// The server's Ed25519 signing key for tree heads, from its 32-byte seed (RFC 8032 private key). The seed never
/// leaves the server: configuration (<c>TransparencyLog:SigningKey</c>) or the database holds it.
/// </summary>
public sealed class LogSigningKey
{
    /// <summary>Bytes in a seed.</summary>
    public const int SeedSize = 32;

    private readonly byte[] seed;

    public LogSigningKey(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"an Ed25519 seed has {SeedSize} bytes, not {seed.Length}", nameof(seed));
        }

        this.seed = seed.ToArray();
        var publicKey = new byte[LogPublicKey.Size];
        Ed25519.GeneratePublicKey(this.seed, 0, publicKey, 0);
        PublicKey = new LogPublicKey(publicKey);
    }

    public LogPublicKey PublicKey { get; }

    /// <summary>A new key from the system's cryptographic random number generator.</summary>
    public static LogSigningKey Generate() => new(RandomNumberGenerator.GetBytes(SeedSize));

    /// <summary>The seed, for storing the key; handle as a secret.</summary>
    public byte[] ExportSeed() => (byte[])seed.Clone();

    /// <summary>Signs the head of <paramref name="partition"/> at <paramref name="treeSize"/> leaves.</summary>
    public SignedTreeHead Sign(int partition, long treeSize, byte[] root, long timestampUnixMs)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        var message = SignedTreeHead.SigningInput(partition, treeSize, root, timestampUnixMs);
        var signature = new byte[SignedTreeHead.SignatureSize];
        Ed25519.Sign(seed, 0, message, 0, message.Length, signature, 0);
        return new SignedTreeHead(partition, treeSize, (byte[])root.Clone(), timestampUnixMs, PublicKey.KeyId, signature);
    }
}
