using RoyaltyLedger.Cli.Commands;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Demo;

/// <summary>
/// The demo's consent decisions, recorded only where the same decision is not already in force. Consent is append-only
/// history, so recording it again on every run would list each decision twice; a rerun records nothing.
/// </summary>
internal static class DemoConsents
{
    /// <summary>Records the decisions not yet in force; returns how many it recorded.</summary>
    public static async Task<int> RecordMissingAsync(CliSession s, CancellationToken token)
    {
        var recorded = 0;
        foreach (var byCreator in DemoCatalogue.Consents.GroupBy(c => c.CreatorId, StringComparer.Ordinal))
        {
            var inForce = await AllPages.ReadAsync(
                t => s.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = byCreator.Key, PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Consents.Add(more.Consents); all.NextPageToken = more.NextPageToken; });
            foreach (var wanted in byCreator.Where(w => !inForce.Consents.Any(c => Same(c, w))))
            {
                await s.Consents.RecordConsentAsync(wanted, cancellationToken: token);
                recorded++;
            }
        }

        return recorded;
    }

    private static bool Same(ConsentRecord held, RecordConsentRequest wanted) =>
        held.WorkId == wanted.WorkId && held.Use == wanted.Use && held.OperatorId == wanted.OperatorId && held.Decision == wanted.Decision;
}
