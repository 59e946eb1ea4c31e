using System.Buffers.Binary;
using System.Security.Cryptography;
using Google.Protobuf;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The digest that tells a resend of a batch from a different batch sent under the same number (docs/ingest-design.md,
/// "Resends"). The canonical form is the batch as the log stores it: the <c>UsageBatch</c> re-encoded by
/// Google.Protobuf (known fields in field-number order, unknown fields kept as received), so that the same events
/// give the same bytes however a client ordered their fields. An event that could not be decoded is stored as an empty
/// placeholder; its bytes as received follow, for each such event in index order, as the index and the length
/// (32-bit big-endian each) and the bytes, so that two batches differing only in a broken event differ too.
/// </summary>
internal static class BatchDigest
{
    public static byte[] Of(byte[] payload, IReadOnlyDictionary<int, ByteString>? undecodable)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (undecodable is null || undecodable.Count == 0)
        {
            return SHA256.HashData(payload);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(payload);
        Span<byte> header = stackalloc byte[8];
        foreach (var (index, bytes) in undecodable.OrderBy(p => p.Key))
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, (uint)index);
            BinaryPrimitives.WriteUInt32BigEndian(header[4..], (uint)bytes.Length);
            hash.AppendData(header);
            hash.AppendData(bytes.Span);
        }

        return hash.GetHashAndReset();
    }
}
