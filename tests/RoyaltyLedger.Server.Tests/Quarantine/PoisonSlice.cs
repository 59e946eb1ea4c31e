using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Quarantine;

/// <summary>
/// A <see cref="Slice"/> with a second work, <see cref="Poison"/>, licensed and split like the song (60/40, 2 EUR per
/// million tokens): tests switch the fault-injection hook on for it, so that its uses fail to rate until switched off.
/// </summary>
internal sealed record PoisonSlice(Slice Slice)
{
    public string Poison => $"{Slice.Prefix}-poison";

    /// <summary>What one use of 1M tokens owes: 2 EUR, of which the composer's part is 60 %.</summary>
    public const long UseNanos = 2_000_000_000;

    public const long ComposerNanos = 1_200_000_000;

    public async Task<PoisonSlice> RegisterAsync(LedgerClients admin)
    {
        await Slice.RegisterAsync(admin);
        await admin.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = Poison,
            Title = "The Other Song",
            Medium = "music",
            Contributors =
            {
                new Contributor { CreatorId = Slice.Composer, Role = "composer", ShareBps = 6_000 },
                new Contributor { CreatorId = Slice.Lyricist, Role = "lyricist", ShareBps = 4_000 },
            },
        });
        await admin.Registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = $"{Slice.Prefix}-lic-poison",
                LicensorCreatorId = Slice.Composer,
                WorkIds = { Poison },
                OperatorId = Slice.Operator,
                Uses = { UseKind.Training },
                StartsAt = Slice.LicenceStart,
                Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
            },
        });
        await admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = Slice.Lyricist,
            WorkId = Poison,
            Use = UseKind.Training,
            OperatorId = Slice.Operator,
            Decision = ConsentDecision.Granted,
        });
        return this;
    }

    public UsageEvent Good(string id) => Slice.Event(id);

    public UsageEvent Bad(string id)
    {
        var use = Slice.Event(id);
        use.WorkId = Poison;
        return use;
    }

    /// <summary>Runs one statement on the ledger database the settings name, behind the server's back.</summary>
    public static async Task ExecuteAsync(IReadOnlyDictionary<string, string> settings, string sql)
    {
        await using System.Data.Common.DbConnection connection = settings["Storage:Provider"] == "postgres"
            ? new NpgsqlConnection(settings["Storage:ConnectionString"])
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(settings["Storage:DataDirectory"], "ledger.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one query returning a count on the ledger database the settings name.</summary>
    public static async Task<long> CountAsync(IReadOnlyDictionary<string, string> settings, string sql)
    {
        await using System.Data.Common.DbConnection connection = settings["Storage:Provider"] == "postgres"
            ? new NpgsqlConnection(settings["Storage:ConnectionString"])
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(settings["Storage:DataDirectory"], "ledger.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Storage settings of a fresh ledger in <paramref name="folder"/> (SQLite) or a new PostgreSQL database.</summary>
    public static async Task<Dictionary<string, string>> StorageAsync(bool postgres, string folder) => postgres
        ? new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = await PostgresServer.CreateDatabaseAsync("royalty_quarantine"),
            ["Storage:DataDirectory"] = folder,
        }
        : new Dictionary<string, string> { ["Storage:Provider"] = "sqlite", ["Storage:DataDirectory"] = folder };
}
