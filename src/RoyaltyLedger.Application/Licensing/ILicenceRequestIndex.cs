namespace RoyaltyLedger.Application.Licensing;

/// <summary>Which licence requests concern which parties, so each party can list its own.</summary>
public interface ILicenceRequestIndex
{
    Task LinkPartiesAsync(string requestId, IReadOnlyCollection<string> partyIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> RequestsOfAsync(string partyId, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="limit"/> ids of the party's requests that sort after <paramref name="afterId"/> ("" for the first page), by id: a keyset read on the primary key.</summary>
    Task<IReadOnlyList<string>> RequestsOfPageAsync(string partyId, string afterId, int limit, CancellationToken cancellationToken);
}
