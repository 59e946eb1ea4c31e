namespace RoyaltyLedger.Application.Licensing;

/// <summary>A creator's consent decisions, a page at a time in sequence order: those in force, or the whole history.</summary>
public sealed class ListConsents(IConsentStore consents)
{
    /// <summary>At most <paramref name="limit"/> decisions after sequence <paramref name="afterSequence"/> (0 for the first page).</summary>
    public Task<IReadOnlyList<ConsentEntry>> ExecuteAsync(string creatorId, bool includeHistory, long afterSequence, int limit, CancellationToken cancellationToken) =>
        consents.ListConsentsPageAsync(creatorId, includeHistory, afterSequence, limit, cancellationToken);
}
