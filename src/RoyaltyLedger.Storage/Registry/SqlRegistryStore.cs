using System.Data.Common;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Registry;

/// <summary>
/// The registry's rows in <c>registry_entries</c>, the one durable record of every registered entity, and the work
/// indexes written with them (<c>work_parties</c>, <c>work_identifiers</c>), each change in one transaction.
/// </summary>
public sealed class SqlRegistryStore(LedgerDatabase database) : IRegistryStore
{
    public async Task<RegistryEntry?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, RegistrySql.Find, ("k", kind), ("i", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new RegistryEntry(kind, id, reader.GetString(0), reader.GetString(1))
            : null;
    }

    public Task<bool> SaveAsync(RegistryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return database.WriteAsync(async (connection, transaction) =>
        {
            if (!await WriteRowAsync(connection, transaction, change, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            if (change.Work is { } work)
            {
                await IndexWorkAsync(connection, transaction, change.Entry.Id, work, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RegistryEntry>> ListPageAsync(string kind, string afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, RegistrySql.Page, ("k", kind), ("a", afterId), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RegistryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new RegistryEntry(kind, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }

    private static async Task<bool> WriteRowAsync(DbConnection connection, DbTransaction transaction, RegistryChange change, CancellationToken cancellationToken)
    {
        var entry = change.Entry;
        await using var command = change.ExpectedPayloadJson is { } expected
            ? LedgerDatabase.Command(connection, transaction, RegistrySql.Replace,
                ("k", entry.Kind), ("i", entry.Id), ("d", entry.DisplayName), ("j", entry.PayloadJson), ("e", expected))
            : LedgerDatabase.Command(connection, transaction, RegistrySql.Insert,
                ("k", entry.Kind), ("i", entry.Id), ("d", entry.DisplayName), ("j", entry.PayloadJson));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task IndexWorkAsync(DbConnection connection, DbTransaction transaction, string workId, WorkIndex work, CancellationToken cancellationToken)
    {
        await using (var link = LedgerDatabase.Command(connection, transaction, RegistrySql.LinkWorkParty, ("p", ""), ("r", ""), ("w", workId)))
        {
            foreach (var (partyId, relation) in work.Parties)
            {
                link.Parameters["p"].Value = partyId;
                link.Parameters["r"].Value = relation;
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var index = LedgerDatabase.Command(connection, transaction, RegistrySql.IndexWorkIdentifier, ("s", ""), ("v", ""), ("w", workId));
        foreach (var (scheme, value) in work.Identifiers)
        {
            index.Parameters["s"].Value = scheme;
            index.Parameters["v"].Value = value;
            await index.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
