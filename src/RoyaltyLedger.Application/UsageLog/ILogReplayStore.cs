using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.UsageLog;

/// <summary>What `royalty ledger rebuild --from-log` reads besides the log: which works to replay and what the journal holds for them.</summary>
public interface ILogReplayStore
{
    /// <summary>Works a replay goes through in one page.</summary>
    public const int MaxWorksPerPage = 500;

    /// <summary>
    /// Works with uses in the log (work_log) or with usage or adjustment lines in the journal, in ordinal order after
    /// <paramref name="afterWorkId"/> (empty for the first page), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<string>> RatedWorksAsync(string afterWorkId, int limit, CancellationToken cancellationToken);

    /// <summary>The net of the journal's usage and adjustment lines for each of the works, per account and currency, read in one transaction.</summary>
    Task<IReadOnlyList<RatingEffect>> JournalRatingEffectAsync(IReadOnlyCollection<string> workIds, CancellationToken cancellationToken);

    /// <summary>How many works wait in the re-rating queue.</summary>
    Task<long> CountRerateRequestsAsync(CancellationToken cancellationToken);
}
