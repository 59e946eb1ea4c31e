namespace RoyaltyLedger.Application.Licensing;

/// <summary>Granted licences, immutable once stored, and the index of which parties each work belongs to.</summary>
public interface ILicenceStore
{
    /// <summary>
    /// Stores the licence unless one with its id exists; returns the licence held under that id afterwards,
    /// which the caller compares with its own to tell a retry from a conflict.
    /// </summary>
    Task<StoredLicence> InsertLicenceAsync(StoredLicence licence, CancellationToken cancellationToken);

    Task<StoredLicence?> FindLicenceAsync(string licenceId, CancellationToken cancellationToken);

    /// <summary>Licences listing the work, and catalogue licences of the given rightsholders, by licence id.</summary>
    Task<IReadOnlyList<StoredLicence>> LicencesForWorkAsync(string workId, IReadOnlyCollection<string> rightsholderIds, CancellationToken cancellationToken);

    /// <summary>Licences granted by or to the party (licensor or operator), or all when <paramref name="partyId"/> is null, by licence id.</summary>
    Task<IReadOnlyList<StoredLicence>> ListLicencesAsync(string? partyId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ListLicencesAsync"/>, at most <paramref name="limit"/> licences whose id sorts after
    /// <paramref name="afterId"/> ("" for the first page): a keyset read on the primary key.
    /// </summary>
    Task<IReadOnlyList<StoredLicence>> ListLicencesPageAsync(string? partyId, string afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Records that the work belongs to the parties (idempotent; links are never removed).</summary>
    Task LinkWorkPartiesAsync(string workId, IReadOnlyCollection<(string PartyId, string Relation)> parties, CancellationToken cancellationToken);

    /// <summary>The works linked to the party with the relation ("contributor" or "rightsholder"), by work id.</summary>
    Task<IReadOnlyList<string>> WorksOfPartyAsync(string partyId, string relation, CancellationToken cancellationToken);
}
