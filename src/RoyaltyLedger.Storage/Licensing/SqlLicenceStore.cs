using System.Data.Common;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Licensing;

/// <summary>Licences with the works they cover, and the parties each work is linked to.</summary>
public sealed class SqlLicenceStore(LedgerDatabase database) : ILicenceStore
{
    private const string LicenceColumns = "licence_id, operator_id, licensor_kind, licensor_id, granted_at_ms, terms_json";

    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<StoredLicence> InsertLicenceAsync(StoredLicence licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licence);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = LedgerDatabase.Command(connection, transaction,
                $"INSERT INTO licences ({LicenceColumns}, catalogue) VALUES (@i, @o, @k, @l, @t, @j, @c) ON CONFLICT (licence_id) DO NOTHING",
                ("i", licence.LicenceId), ("o", licence.OperatorId), ("k", licence.LicensorKind), ("l", licence.LicensorId),
                ("t", licence.GrantedAtUnixMs), ("j", licence.TermsJson), ("c", licence.IsCatalogue ? 1 : 0));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return (await ReadLicencesAsync(connection, transaction, "WHERE licence_id = @i", cancellationToken, ("i", licence.LicenceId)).ConfigureAwait(false))[0];
            }

            await using var link = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO licence_works (work_id, licence_id) VALUES (@w, @i) ON CONFLICT DO NOTHING", ("w", ""), ("i", licence.LicenceId));
            foreach (var workId in licence.WorkIds)
            {
                link.Parameters["w"].Value = workId;
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return licence;
        }, cancellationToken);
    }

    public async Task<StoredLicence?> FindLicenceAsync(string licenceId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadLicencesAsync(connection, null, "WHERE licence_id = @i", cancellationToken, ("i", licenceId)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<StoredLicence>> LicencesForWorkAsync(string workId, IReadOnlyCollection<string> rightsholderIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rightsholderIds);
        var holders = rightsholderIds.Select((id, i) => ($"r{i}", (object)id)).ToList();
        var catalogue = holders.Count == 0 ? "" : $" OR (catalogue = 1 AND licensor_kind = 'rightsholder' AND licensor_id IN ({string.Join(", ", holders.Select(h => "@" + h.Item1))}))";
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadLicencesAsync(connection, null,
            $"WHERE licence_id IN (SELECT licence_id FROM licence_works WHERE work_id = @w){catalogue}",
            cancellationToken, [("w", workId), .. holders]).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredLicence>> ListLicencesAsync(string? partyId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return partyId is null
            ? await ReadLicencesAsync(connection, null, "", cancellationToken).ConfigureAwait(false)
            : await ReadLicencesAsync(connection, null, "WHERE licensor_id = @p OR operator_id = @p", cancellationToken, ("p", partyId)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredLicence>> ListLicencesPageAsync(string? partyId, string afterId, int limit, CancellationToken cancellationToken)
    {
        // The page's ids first (keyset on the primary key, limited), then the licences with their works.
        var party = partyId is null ? "" : " AND (licensor_id = @p OR operator_id = @p)";
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadLicencesAsync(connection, null,
            $"WHERE licence_id IN (SELECT licence_id FROM licences WHERE licence_id > @a{party} ORDER BY licence_id LIMIT @n)",
            cancellationToken, [("a", afterId), ("n", limit), .. partyId is null ? [] : new[] { ("p", (object)partyId) }]).ConfigureAwait(false);
    }

    public Task LinkWorkPartiesAsync(string workId, IReadOnlyCollection<(string PartyId, string Relation)> parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO work_parties (party_id, relation, work_id) VALUES (@p, @r, @w) ON CONFLICT DO NOTHING", ("p", ""), ("r", ""), ("w", workId));
            foreach (var (partyId, relation) in parties)
            {
                command.Parameters["p"].Value = partyId;
                command.Parameters["r"].Value = relation;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return parties.Count;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> WorksOfPartyAsync(string partyId, string relation, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT work_id FROM work_parties WHERE party_id = @p AND relation = @r ORDER BY work_id", ("p", partyId), ("r", relation));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var works = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            works.Add(reader.GetString(0));
        }

        return works;
    }

    private static async Task<List<StoredLicence>> ReadLicencesAsync(
        DbConnection connection, DbTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var rows = new List<(string Id, string Operator, string Kind, string Licensor, long GrantedAt, string Json)>();
        await using (var command = LedgerDatabase.Command(connection, transaction, $"SELECT {LicenceColumns} FROM licences {where} ORDER BY licence_id", parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5)));
            }
        }

        var licences = new List<StoredLicence>(rows.Count);
        await using var works = LedgerDatabase.Command(connection, transaction, "SELECT work_id FROM licence_works WHERE licence_id = @i ORDER BY work_id", ("i", ""));
        foreach (var row in rows)
        {
            works.Parameters["i"].Value = row.Id;
            var workIds = new List<string>();
            await using (var reader = await works.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    workIds.Add(reader.GetString(0));
                }
            }

            licences.Add(new StoredLicence(row.Id, row.Operator, row.Kind, row.Licensor, workIds, row.GrantedAt, row.Json));
        }

        return licences;
    }
}
