using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RoyaltyLedger.Storage;

/// <summary>
/// The one place that tells storage failures apart, by walking the exception and everything it wraps (Orleans hands a
/// grain's exception to its caller, ADO.NET grain storage wraps the driver's, and the usage log's writer passes its
/// commit's failure to every batch in it):
/// <list type="bullet">
/// <item>an <b>outage</b> (<see cref="DescribeOutage"/>): the database cannot be reached, or is held by another writer
/// past its timeout. Callers are told UNAVAILABLE and to retry.</item>
/// <item>a <b>transient</b> failure (<see cref="IsTransient"/>): an outage, or a failure of the environment rather than of
/// the data (a full disk, no memory, a serialization failure or deadlock). It is retried with backoff; only the others
/// may be blamed on a use (the projector's quarantine), since retrying them gives the same answer.</item>
/// </list>
/// </summary>
public static class StorageFaults
{
    /// <summary>SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR and SQLITE_CANTOPEN (primary result codes).</summary>
    private static readonly HashSet<int> s_sqliteOutage = [5, 6, 10, 14];

    /// <summary>Besides the outages: SQLITE_NOMEM, SQLITE_FULL and SQLITE_PROTOCOL.</summary>
    private static readonly HashSet<int> s_sqliteTransient = [5, 6, 7, 10, 13, 14, 15];

    // PostgreSQL SQLSTATE classes: connection exception, insufficient resources, operator intervention, system error.
    private static readonly string[] s_postgresTransientClasses = ["08", "53", "57", "58"];

    /// <summary>How deep into wrapped exceptions to look; deeper nesting is taken for a bug, not an outage.</summary>
    private const int MaxDepth = 16;

    /// <summary>True when the exception, or one it wraps, is a failure a later attempt may not meet.</summary>
    public static bool IsTransient(Exception exception) => Find(exception, 0, e => IsTransientItself(e) ? "" : null) is not null;

    /// <summary>A short description of the outage found in <paramref name="exception"/>, or null when it is not one.</summary>
    public static string? DescribeOutage(Exception exception) => Find(exception, 0, DescribeOutageItself);

    private static string? Find(Exception? error, int depth, Func<Exception, string?> classify)
    {
        if (error is null || depth > MaxDepth)
        {
            return null;
        }

        if (classify(error) is { } found)
        {
            return found;
        }

        if (error is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (Find(inner, depth + 1, classify) is { } innerFound)
                {
                    return innerFound;
                }
            }

            return null;
        }

        return Find(error.InnerException, depth + 1, classify);
    }

    private static string? DescribeOutageItself(Exception error) => error switch
    {
        SqliteException sqlite when s_sqliteOutage.Contains(sqlite.SqliteErrorCode & 0xFF) =>
            $"SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message}",
        PostgresException pg when IsOutageState(pg.SqlState) => $"PostgreSQL {pg.SqlState}: {pg.MessageText}",
        NpgsqlException npgsql when npgsql.IsTransient => $"PostgreSQL unreachable: {npgsql.Message}",
        TimeoutException timeout => $"timed out: {timeout.Message}",
        SocketException socket => $"connection failed: {socket.Message}",
        _ => null,
    };

    /// <summary>Connection exceptions (08), insufficient resources (53), and shutdown or start-up (57P01 to 57P03).</summary>
    private static bool IsOutageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state is "57P01" or "57P02" or "57P03";

    private static bool IsTransientItself(Exception e) => e switch
    {
        TimeoutException or SocketException or IOException => true,
        SqliteException sqlite => s_sqliteTransient.Contains(sqlite.SqliteErrorCode & 0xFF),
        PostgresException postgres => postgres.IsTransient || postgres.SqlState is "40001" or "40P01"
            || s_postgresTransientClasses.Any(c => postgres.SqlState.StartsWith(c, StringComparison.Ordinal)),
        NpgsqlException npgsql => npgsql.IsTransient,
        System.Data.Common.DbException db => db.IsTransient,
        _ => false,
    };
}
