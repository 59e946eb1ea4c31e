using Npgsql;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>
/// The data the previous release left (Fixtures/release-wave2-issue11, README there): a SQLite data folder and a
/// PostgreSQL dump, made by commit 12a3808 before versioned migrations, and the facts they hold.
/// </summary>
public static class ReleaseData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-wave2-issue11");

    public const string Creator = "ada-okafor";

    public const string CreatorTotalNanos = "105078687307";

    public const string CycleId = "demo-cycle-eur";

    public const string MerkleRoot = "3b5abfcc40a68833770a169d96f9fd606d7be7330b2f343d8032fd30ed90c04b";

    /// <summary>Copies the SQLite data folder (ledger.db, orleans.db, admin.key) into <paramref name="folder"/>.</summary>
    public static void CopySqliteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "sqlite")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Loads the dump into a new database and returns its connection string; the admin key goes to <paramref name="folder"/>.</summary>
    public static async Task<string> LoadPostgresAsync(string folder)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("royalty_release");
        // pg_dump writes \restrict and \unrestrict lines for psql; the rest is plain SQL (INSERTs, see the README).
        var lines = await File.ReadAllLinesAsync(Path.Combine(Folder, "postgres.sql"));
        var sql = string.Join('\n', lines.Where(line => !line.StartsWith('\\')));
        // Not pooled: the dump empties the session's search_path, which must not reach a pooled connection.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var load = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
            await load.ExecuteNonQueryAsync();
        }

        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Folder, "postgres-admin.key"), Path.Combine(folder, "admin.key"), overwrite: true);
        return connectionString;
    }

    /// <summary>What the release's journal held: its entries and the head's hash.</summary>
    public static (long Entries, string HeadHash, long PayoutEntry) Journal(bool postgres) => postgres
        ? (4, "8aac6ee160bcc0d0aad4968ff26ae68c1e7b187a9367084893b2378e68f5e686", 3)
        : (3, "ef8f1c18c33d35d5151a30d5287dd03e1319e1bfaac1f86f2c266b95d07549e7", 2);
}
