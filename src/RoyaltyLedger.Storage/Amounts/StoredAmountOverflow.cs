using System.Data.Common;
using Npgsql;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Storage.Amounts;

/// <summary>
/// Recognises a database's refusal of an amount outside ±(10^38 − 1): PostgreSQL's numeric field overflow (SQLSTATE
/// 22003, raised by numeric(38,0) and the i128_* functions) and the SQLite functions' <see cref="SqliteInt128Functions.OverflowMarker"/>.
/// </summary>
public static class StoredAmountOverflow
{
    public static bool Is(DbException exception) =>
        (exception is PostgresException { SqlState: PostgresErrorCodes.NumericValueOutOfRange } postgres
            && postgres.MessageText.Contains("numeric", StringComparison.Ordinal))
        || (exception is Microsoft.Data.Sqlite.SqliteException && exception.Message.Contains(SqliteInt128Functions.OverflowMarker, StringComparison.Ordinal));

    public static LedgerAmountOverflowException From(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new LedgerAmountOverflowException(
            $"a stored balance, total or journal sum would leave ±(10^38 - 1) nanos and the transaction was rolled back: {exception.Message}", exception);
    }
}
