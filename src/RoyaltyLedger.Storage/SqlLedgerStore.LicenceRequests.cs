using RoyaltyLedger.Application.Licensing;
namespace RoyaltyLedger.Storage;

public partial class SqlLedgerStore : ILicenceRequestIndex
{
    public Task LinkPartiesAsync(string requestId, IReadOnlyCollection<string> partyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        return WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction,
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
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
