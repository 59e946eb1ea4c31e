using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Storage.Amounts;

/// <summary>
/// How an Int128 amount (nanos, or a units sum) is stored. PostgreSQL: numeric(38,0), sent and read as
/// <see cref="BigInteger"/> (decimal holds only 28 digits). SQLite, whose integers are 64-bit: a 16-byte BLOB holding the
/// value big-endian with the sign bit flipped (offset binary), so that SQLite's memcmp order of BLOBs is numeric order
/// and indexes, ORDER BY and comparisons with a constant BLOB work; the exact functions of <see cref="SqliteInt128Functions"/>
/// add and sum them.
/// </summary>
public static class Int128Columns
{
    public const int BlobSize = 16;

    /// <summary>0 as the SQLite BLOB literal, for predicates that compare with zero (partial indexes need a literal).</summary>
    public const string SqliteZeroLiteral = "X'80000000000000000000000000000000'";

    public static byte[] ToBlob(Int128 value)
    {
        var bytes = new byte[BlobSize];
        BinaryPrimitives.WriteInt128BigEndian(bytes, value);
        bytes[0] ^= 0x80;
        return bytes;
    }

    public static Int128 FromBlob(ReadOnlySpan<byte> blob)
    {
        if (blob.Length != BlobSize)
        {
            throw new InvalidDataException($"a stored amount is {blob.Length} bytes, expected {BlobSize} (an offset-binary Int128)");
        }

        Span<byte> bytes = stackalloc byte[BlobSize];
        blob.CopyTo(bytes);
        bytes[0] ^= 0x80;
        return BinaryPrimitives.ReadInt128BigEndian(bytes);
    }

    /// <summary>A column or SUM read back as Int128, whichever way the database returned it; NULL reads as 0.</summary>
    public static Int128 GetInt128(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.IsDBNull(ordinal))
        {
            return 0;
        }

        var type = reader.GetFieldType(ordinal);
        if (type == typeof(decimal) || type == typeof(BigInteger))
        {
            return FromBigInteger(reader.GetFieldValue<BigInteger>(ordinal));
        }

        return reader.GetValue(ordinal) switch
        {
            byte[] blob => FromBlob(blob),
            long l => l,
            int i => i,
            string text => Int128.Parse(text, CultureInfo.InvariantCulture),
            var other => throw new InvalidDataException($"a stored amount is a {other.GetType().Name}, expected a 16-byte BLOB or an integer"),
        };
    }

    public static Int128 FromBigInteger(BigInteger value) =>
        LedgerAmounts.Check((Int128)value, "a stored amount");
}
