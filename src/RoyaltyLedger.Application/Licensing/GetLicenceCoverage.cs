using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Whether a licence covers the works in its scope, a page at a time in work id order: judged now, or at the start of
/// a licence that has not begun (would it cover the work when it does?).
/// </summary>
public sealed class GetLicenceCoverage(LicenceIssuer issuer, LicenceReaders readers, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>Work grains asked at once.</summary>
    public const int MaxConcurrentWorks = 32;

    public async Task<LicenceCoveragePage> ExecuteAsync(Caller caller, string licenceId, string afterWorkId, int pageSize, CancellationToken cancellationToken)
    {
        var licence = await issuer.FindAsync(licenceId, cancellationToken);
        if (licence is null)
        {
            throw new NotFoundException($"licence {licenceId} does not exist");
        }

        await readers.RequireAsync(caller, licence, cancellationToken);
        var scope = await readers.ScopeAsync(licence, cancellationToken);
        var page = scope.Where(w => string.CompareOrdinal(w, afterWorkId) > 0).Order(StringComparer.Ordinal).Take(pageSize + 1).ToList();
        var more = page.Count > pageSize;
        page = page.Take(pageSize).ToList();

        var now = clock.GetUtcNow();
        var at = licence.StartsAt > now ? licence.StartsAt : now;
        var works = new WorkCoverageView?[page.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, page.Count), new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentWorks, CancellationToken = cancellationToken },
            async (i, _) => works[i] = await grains.GetGrain<IWorkGrain>(page[i]).Coverage(licence.LicenceId, at));
        var views = page.Select((workId, i) => works[i] ?? new WorkCoverageView(workId, false,
            [new CoverageGapView(null, null, CoverageGapKind.NoSplitInForce, $"work {workId} is not registered, or the licence does not reach it")])).ToList();
        return new LicenceCoveragePage(licence, at, views, more ? page[^1] : "");
    }
}
