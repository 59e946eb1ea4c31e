using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>A signed tree head in a statement file: the fields of <see cref="SignedTreeHead"/>, root and signature in hex.</summary>
public sealed record ProofHead(int Partition, long TreeSize, string RootHex, long TimestampUnixMs, string KeyId, string SignatureHex)
{
    public static ProofHead From(SignedTreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return new(head.Partition, head.TreeSize, Convert.ToHexStringLower(head.Root), head.TimestampUnixMs, head.KeyId,
            Convert.ToHexStringLower(head.Signature));
    }

    /// <summary>The head, or null when its root or signature is not hex.</summary>
    public SignedTreeHead? ToSignedTreeHead() =>
        Hex.TryDecode(RootHex) is { } root && Hex.TryDecode(SignatureHex) is { } signature
            ? new SignedTreeHead(Partition, TreeSize, root, TimestampUnixMs, KeyId ?? "", signature)
            : null;
}
