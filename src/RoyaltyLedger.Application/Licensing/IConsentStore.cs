namespace RoyaltyLedger.Application.Licensing;

/// <summary>Creators' consent decisions, append-only: nothing recorded is ever changed or removed.</summary>
public interface IConsentStore
{
    /// <summary>Appends a decision and returns it with its sequence number.</summary>
    Task<ConsentEntry> AppendConsentAsync(ConsentEntry entry, CancellationToken cancellationToken);

    /// <summary>A creator's decisions, oldest first; only the latest per scope unless <paramref name="history"/>.</summary>
    Task<IReadOnlyList<ConsentEntry>> ListConsentsAsync(string creatorId, bool history, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ListConsentsAsync"/>, at most <paramref name="limit"/> decisions whose sequence number is above
    /// <paramref name="afterSequence"/> (0 for the first page): a keyset read on the primary key.
    /// </summary>
    Task<IReadOnlyList<ConsentEntry>> ListConsentsPageAsync(string creatorId, bool history, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The decisions in force (latest per scope) of the creators that concern the work or all their works.</summary>
    Task<IReadOnlyList<ConsentEntry>> ConsentsForWorkAsync(IReadOnlyCollection<string> creatorIds, string workId, CancellationToken cancellationToken);
}
