using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Reads a journal line from the columns account, work_id, currency, amount_nanos, period, operator_id, model_id,
/// use_kind, status, unit_kind in that order, as every statement that reads whole lines selects them.
/// </summary>
internal static class JournalLineColumns
{
    public static PostingLine Read(DbDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetInt128(first + 3), reader.GetString(first + 4))
        {
            Use = ReadUse(reader, first + 5),
        };

    /// <summary>The uses a line prices, from operator_id, model_id, use_kind, status, unit_kind starting at <paramref name="first"/>.</summary>
    public static LineUse ReadUse(DbDataReader reader, int first) =>
        // use_kind is a 64-bit integer on SQLite and a 32-bit one on PostgreSQL.
        new(reader.GetString(first), reader.GetString(first + 1), Convert.ToInt32(reader.GetValue(first + 2), CultureInfo.InvariantCulture),
            reader.GetString(first + 3), reader.GetString(first + 4));
}
