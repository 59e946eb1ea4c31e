using System.Buffers.Binary;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// A signed tree head: the server's Ed25519 signature over a partition's log root at a size and a time. The signed
/// bytes (<see cref="SigningInput"/>), integers big-endian:
/// <code>
/// "royaltyledger.tree-head.v1" 0x00   27 bytes, so that the key's signature over a head means nothing else
/// partition                          int32
/// tree_size                          int64
/// root                               32 bytes (RFC 9162 root of the partition's first tree_size leaves, <see cref="LogLeaf"/>)
/// timestamp_unix_ms                  int64
/// </code>
/// <see cref="KeyId"/> names the key (<see cref="LogPublicKey.KeyId"/>) and is not signed: a head under another key
/// fails verification by that key either way.
/// </summary>
public sealed record SignedTreeHead(int Partition, long TreeSize, byte[] Root, long TimestampUnixMs, string KeyId, byte[] Signature)
{
    /// <summary>Bytes in an Ed25519 signature.</summary>
    public const int SignatureSize = 64;

    /// <summary>The prefix that separates tree heads from anything else the key could sign.</summary>
    public static ReadOnlySpan<byte> DomainPrefix => "royaltyledger.tree-head.v1\0"u8;

    /// <summary>The bytes the signature covers.</summary>
    public static byte[] SigningInput(int partition, long treeSize, ReadOnlySpan<byte> root, long timestampUnixMs)
    {
        if (root.Length != 32)
        {
            throw new ArgumentException($"a root has 32 bytes, not {root.Length}", nameof(root));
        }

        var prefix = DomainPrefix;
        var data = new byte[prefix.Length + 4 + 8 + 32 + 8];
        prefix.CopyTo(data);
        var at = prefix.Length;
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(at), partition);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(at + 4), treeSize);
        root.CopyTo(data.AsSpan(at + 12));
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(at + 44), timestampUnixMs);
        return data;
    }

    /// <summary>The bytes this head's signature covers.</summary>
    public byte[] SigningInput() => SigningInput(Partition, TreeSize, Root, TimestampUnixMs);

    public string RootHex => Convert.ToHexStringLower(Root);

    public bool Equals(SignedTreeHead? other) =>
        other is not null && Partition == other.Partition && TreeSize == other.TreeSize && Root.AsSpan().SequenceEqual(other.Root)
        && TimestampUnixMs == other.TimestampUnixMs && KeyId == other.KeyId && Signature.AsSpan().SequenceEqual(other.Signature);

    public override int GetHashCode() => HashCode.Combine(Partition, TreeSize, TimestampUnixMs, KeyId);
}
