namespace RoyaltyLedger.Server.Extensions;

/// <summary>Where grain state and ledger tables live. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"sqlite" (the embedded default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Folder of the SQLite files, relative to the working folder.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>PostgreSQL connection string; required when <see cref="Provider"/> is "postgres".</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Usage-log transactions in flight at once on PostgreSQL (SQLite always has one writer).</summary>
    public int PostgresLogWriters { get; set; } = 16;

    /// <summary>
    /// How long a SQLite statement waits for another writer's lock before failing SQLITE_BUSY, which clients get as
    /// UNAVAILABLE with a retry delay. 1 to 600 seconds.
    /// </summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 30;

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);

    public void Validate()
    {
        if (!IsPostgres && !string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'");
        }

        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException("Storage:Provider is 'postgres' but Storage:ConnectionString is empty");
        }

        if (SqliteBusyTimeoutSeconds is < 1 or > 600)
        {
            throw new InvalidOperationException($"Storage:SqliteBusyTimeoutSeconds is {SqliteBusyTimeoutSeconds}, expected 1 to 600");
        }

        if (PostgresLogWriters is < 1 or > 64)
        {
            throw new InvalidOperationException($"Storage:PostgresLogWriters is {PostgresLogWriters}, expected 1 to 64");
        }
    }
}
