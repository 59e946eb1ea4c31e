using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Tells a storage outage (the database cannot be reached or is held by another writer past its timeout) from any
/// other failure, by walking the exception and everything it wraps: Orleans hands a grain's exception to its caller,
/// ADO.NET grain storage wraps the driver's, and the usage log's writer passes its commit's failure to every batch in it.
/// </summary>
internal static class StorageFaults
{
    /// <summary>SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR and SQLITE_CANTOPEN (primary result codes).</summary>
    private static readonly int[] SqliteUnavailable = [5, 6, 10, 14];

    /// <summary>How deep into wrapped exceptions to look; deeper nesting is taken for a bug, not an outage.</summary>
    private const int MaxDepth = 16;

    /// <summary>A short description of the outage found in <paramref name="error"/>, or null when it is not one.</summary>
    public static string? Describe(Exception error) => Find(error, 0);

    private static string? Find(Exception? error, int depth)
    {
        if (error is null || depth > MaxDepth)
        {
            return null;
        }

        if (Classify(error) is { } found)
        {
            return found;
        }

        if (error is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (Find(inner, depth + 1) is { } innerFound)
                {
                    return innerFound;
                }
            }

            return null;
        }

        return Find(error.InnerException, depth + 1);
    }

    private static string? Classify(Exception error) => error switch
    {
        SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF) =>
            $"SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message}",
        PostgresException pg when IsUnavailableState(pg.SqlState) => $"PostgreSQL {pg.SqlState}: {pg.MessageText}",
        NpgsqlException npgsql when npgsql.IsTransient => $"PostgreSQL unreachable: {npgsql.Message}",
        TimeoutException timeout => $"timed out: {timeout.Message}",
        SocketException socket => $"connection failed: {socket.Message}",
        _ => null,
    };

    /// <summary>Connection exceptions (08), insufficient resources (53), and shutdown or start-up (57P01 to 57P03).</summary>
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state is "57P01" or "57P02" or "57P03";
}
