using System.Security.Cryptography;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// The log's Ed25519 public key (RFC 8032, 32 bytes) and its key id: the first 8 bytes of SHA-256 of the key, as 16
/// lower-case hexadecimal digits. Anyone holding it verifies signed tree heads with no server.
/// </summary>
public sealed class LogPublicKey
{
    /// <summary>Bytes in an Ed25519 public key.</summary>
    public const int Size = 32;

    /// <summary>The algorithm's name as the well-known key document and the CLI print it.</summary>
    public const string Algorithm = "ed25519";

    private readonly byte[] key;

    public LogPublicKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Size)
        {
            throw new ArgumentException($"an Ed25519 public key has {Size} bytes, not {key.Length}", nameof(key));
        }

        this.key = key.ToArray();
        KeyId = ComputeKeyId(key);
    }

    public string KeyId { get; }

    public byte[] ToBytes() => (byte[])key.Clone();

    public string ToHex() => Convert.ToHexStringLower(key);

    /// <summary>Reads a key written as 64 hexadecimal digits; null when the text is not one.</summary>
    public static LogPublicKey? TryParseHex(string? text)
    {
        if (text is not { Length: Size * 2 } || !text.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return new LogPublicKey(Convert.FromHexString(text));
    }

    public static string ComputeKeyId(ReadOnlySpan<byte> publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey)[..8]);

    /// <summary>Whether <paramref name="head"/> names this key and carries its valid signature.</summary>
    public bool Verifies(SignedTreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (head.KeyId != KeyId || head.Signature is not { Length: SignedTreeHead.SignatureSize } || head.Root is not { Length: 32 })
        {
            return false;
        }

        var message = head.SigningInput();
        try
        {
            return Ed25519.Verify(head.Signature, 0, key, 0, message, 0, message.Length);
        }
        catch (ArgumentException)
        {
            // A malformed key or signature encoding is a failed verification, not an error.
            return false;
        }
    }
}
