using System.Data.Common;
using System.Numerics;
using Microsoft.Data.Sqlite;

namespace RoyaltyLedger.Storage.Amounts;

/// <summary>Binds an Int128 parameter as each database stores it (<see cref="Int128Columns"/>); other values pass as they are.</summary>
public static class Int128Parameters
{
    public static object ToProvider(DbConnection connection, object value) => value switch
    {
        Int128 amount when connection is SqliteConnection => Int128Columns.ToBlob(amount),
        Int128 amount => (BigInteger)amount,
        _ => value,
    };

    /// <summary>The zero literal to compare an amount column with in this database's SQL.</summary>
    public static string ZeroLiteral(DbConnection connection) => connection is SqliteConnection ? Int128Columns.SqliteZeroLiteral : "0";
}
