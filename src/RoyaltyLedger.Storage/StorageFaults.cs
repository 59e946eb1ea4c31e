using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Which storage failures are the environment's rather than the data's: a lost connection, a timeout, a busy or locked
/// database, a full disk, a serialization failure or deadlock. Those are retried with backoff; only the others may be
/// blamed on a use (the projector's quarantine), since retrying them gives the same answer.
/// </summary>
public static class StorageFaults
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL.
    private static readonly HashSet<int> s_sqliteTransient = [5, 6, 7, 10, 13, 14, 15];

    // PostgreSQL SQLSTATE classes: connection exception, insufficient resources, operator intervention, system error.
    private static readonly string[] s_postgresTransientClasses = ["08", "53", "57", "58"];

    /// <summary>True when the exception, or one it wraps, is a failure a later attempt may not meet.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (IsTransientItself(e))
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception e) => e switch
    {
        TimeoutException or SocketException or IOException => true,
        SqliteException sqlite => s_sqliteTransient.Contains(sqlite.SqliteErrorCode & 0xFF),
        PostgresException postgres => postgres.IsTransient || postgres.SqlState is "40001" or "40P01"
            || s_postgresTransientClasses.Any(c => postgres.SqlState.StartsWith(c, StringComparison.Ordinal)),
        NpgsqlException npgsql => npgsql.IsTransient,
        DbException db => db.IsTransient,
        _ => false,
    };
}
