using System.Buffers.Binary;
using System.Text;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// The bytes a payout line is committed to in its cycle's Merkle tree: "royaltyledger.payout.v2", the cycle id, the
/// party, the currency (each a big-endian 4-byte length then UTF-8), then gross, commission, paid minor units, paid
/// nanos and carried nanos as big-endian 16-byte two's complement integers (v1 had 8 bytes; amounts are Int128 since
/// v2) and a held flag byte. A creator recomputes it from their
/// line to check the proof offline.
/// </summary>
public static class PayoutLeaf
{
    private const string Domain = "royaltyledger.payout.v2";

    public static byte[] Encode(string cycleId, PayoutLine line)
    {
        ArgumentNullException.ThrowIfNull(cycleId);
        ArgumentNullException.ThrowIfNull(line);
        using var buffer = new MemoryStream();
        foreach (var text in new[] { Domain, cycleId, line.PartyId, line.Currency })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Write(buffer, (uint)bytes.Length);
            buffer.Write(bytes);
        }

        Span<byte> number = stackalloc byte[16];
        foreach (var value in new[] { line.GrossNanos, line.CommissionNanos, line.PaidMinor, line.PaidNanos, line.CarriedNanos })
        {
            BinaryPrimitives.WriteInt128BigEndian(number, value);
            buffer.Write(number);
        }

        buffer.WriteByte(line.Held ? (byte)1 : (byte)0);
        return buffer.ToArray();
    }

    public static byte[] Hash(string cycleId, PayoutLine line) => MerkleTree.LeafHash(Encode(cycleId, line));

    private static void Write(Stream stream, uint value)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, value);
        stream.Write(number);
    }
}
