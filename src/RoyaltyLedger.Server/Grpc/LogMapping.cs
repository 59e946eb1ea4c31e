using RoyaltyLedger.Domain.Log;
using V1 = RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>The transparency log's wire forms: hashes, roots, keys and signatures as lower-case hex.</summary>
internal static class LogMapping
{
    public static V1.SignedTreeHead ToWire(this SignedTreeHead head) => new()
    {
        Partition = head.Partition,
        TreeSize = head.TreeSize,
        RootHex = Convert.ToHexStringLower(head.Root),
        TimestampUnixMs = head.TimestampUnixMs,
        KeyId = head.KeyId,
        SignatureHex = Convert.ToHexStringLower(head.Signature),
    };

    public static V1.LogKey ToWire(this LogPublicKey key) => new()
    {
        Algorithm = LogPublicKey.Algorithm,
        KeyId = key.KeyId,
        PublicKeyHex = key.ToHex(),
    };

    public static IEnumerable<string> ToHex(this IEnumerable<byte[]> path) => path.Select(Convert.ToHexStringLower);
}
