using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Licensing;

/// <summary>Which licence requests concern which parties, so that a party lists its requests.</summary>
public sealed class SqlLicenceRequestIndex(LedgerDatabase database) : ILicenceRequestIndex
{
    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task LinkPartiesAsync(string requestId, IReadOnlyCollection<string> partyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO licence_request_parties (party_id, request_id) VALUES (@p, @r) ON CONFLICT (party_id, request_id) DO NOTHING",
                ("p", ""), ("r", requestId));
            foreach (var party in partyIds)
            {
                command.Parameters["p"].Value = party;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return partyIds.Count;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RequestsOfAsync(string partyId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT request_id FROM licence_request_parties WHERE party_id = @p ORDER BY request_id", ("p", partyId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<string>> RequestsOfPageAsync(string partyId, string afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT request_id FROM licence_request_parties WHERE party_id = @p AND request_id > @a ORDER BY request_id LIMIT @n",
            ("p", partyId), ("a", afterId), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
