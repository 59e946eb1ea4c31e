using System.Globalization;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Storage.Amounts;

/// <summary>
/// The exact Int128 functions the SQLite store registers on every connection it opens, over offset-binary BLOBs
/// (<see cref="Int128Columns"/>); PostgreSQL has the same names in its schema over numeric(38,0). Each throws when a
/// result would leave ±(10^38 − 1), which fails the statement and rolls its transaction back rather than wrapping.
/// Inputs may be BLOBs, 64-bit integers or decimal text (what a JSON bulk statement carries); NULL propagates as SQL's
/// own arithmetic does, and i128_sum of no rows is NULL like SUM.
/// </summary>
public static class SqliteInt128Functions
{
    /// <summary>The text SQLite errors carry when one of these functions refuses a value; the store maps it.</summary>
    public const string OverflowMarker = "i128 overflow";

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<object?, byte[]?>("i128", a => Blob(Value(a)), isDeterministic: true);
        connection.CreateFunction<object?, object?, byte[]?>("i128_add", (a, b) => Blob(Value(a) is { } x && Value(b) is { } y ? Add(x, y) : null), isDeterministic: true);
        connection.CreateFunction<object?, byte[]?>("i128_neg", a => Blob(Value(a) is { } v ? -v : null), isDeterministic: true);
        connection.CreateFunction<object?, string?>("i128_text", a => Value(a)?.ToString(CultureInfo.InvariantCulture), isDeterministic: true);
        connection.CreateAggregate("i128_sum", (Int128?)null, static (Int128? sum, object? a) => Value(a) is { } v ? Add(sum ?? 0, v) : sum, Blob, isDeterministic: true);
    }

    private static Int128 Add(Int128 a, Int128 b)
    {
        try
        {
            return LedgerAmounts.Add(a, b, OverflowMarker);
        }
        catch (LedgerAmountOverflowException ex)
        {
            throw new LedgerAmountOverflowException($"{OverflowMarker}: {ex.Message}", ex);
        }
    }

    private static Int128? Value(object? value) => value switch
    {
        null or DBNull => null,
        byte[] blob => Check(Int128Columns.FromBlob(blob)),
        long l => l,
        int i => i,
        string text => Check(Int128.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"{OverflowMarker}: {value.GetType().Name} is not an amount"),
    };

    private static Int128 Check(Int128 value) =>
        LedgerAmounts.InRange(value) ? value : throw new LedgerAmountOverflowException($"{OverflowMarker}: {value} leaves ±(10^38 - 1)");

    private static byte[]? Blob(Int128? value) => value is { } v ? Int128Columns.ToBlob(v) : null;
}
