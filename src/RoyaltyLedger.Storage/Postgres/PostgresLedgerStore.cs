using Npgsql;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Postgres;

/// <summary>The ledger in PostgreSQL (transitional: the feature stores over one <see cref="PostgresLedgerDatabase"/>).</summary>
public sealed class PostgresLedgerStore(NpgsqlDataSource dataSource) : SqlLedgerStore(new PostgresLedgerDatabase(dataSource));
