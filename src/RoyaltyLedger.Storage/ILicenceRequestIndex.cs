namespace RoyaltyLedger.Storage;

/// <summary>Which licence requests concern which parties, so each party can list its own.</summary>
public interface ILicenceRequestIndex
{
    Task LinkPartiesAsync(string requestId, IReadOnlyCollection<string> partyIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> RequestsOfAsync(string partyId, CancellationToken cancellationToken);
}
