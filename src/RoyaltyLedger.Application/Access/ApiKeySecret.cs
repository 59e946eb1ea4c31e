using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace RoyaltyLedger.Application.Access;

/// <summary>
/// Key text is "rlk_&lt;key id&gt;_&lt;secret&gt;": the id finds the stored record, the 256-bit random
/// secret proves possession. Only SHA-256 of the secret is stored; with that much entropy a slow
/// password hash adds nothing.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "rlk_";

    public static (string KeyId, string Key, byte[] SecretHash) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (keyId, $"{Prefix}{keyId}_{secret}", Hash(secret));
    }

    public static bool TryParse(string? key, [NotNullWhen(true)] out string? keyId, [NotNullWhen(true)] out string? secret)
    {
        keyId = secret = null;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = key.IndexOf('_', Prefix.Length);
        if (separator <= Prefix.Length || separator == key.Length - 1)
        {
            return false;
        }

        keyId = key[Prefix.Length..separator];
        secret = key[(separator + 1)..];
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
