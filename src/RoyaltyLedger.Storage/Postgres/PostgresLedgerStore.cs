using System.Data.Common;
using Npgsql;

namespace RoyaltyLedger.Storage.Postgres;

/// <summary>The ledger in PostgreSQL, shared by every silo of a cluster.</summary>
public sealed class PostgresLedgerStore(NpgsqlDataSource dataSource) : SqlLedgerStore
{
    // Any fixed number will do; it only has to be the same for every process creating the schema.
    private const long SchemaLockKey = 0x526F79616C7479;

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Silos starting together would race on CREATE TABLE IF NOT EXISTS; the lock serializes them.
        await using (var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@k)", ("k", SchemaLockKey)))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var schema = Command(connection, transaction, SqlScripts.Read("Postgres", "ledger")))
        {
            await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
}
