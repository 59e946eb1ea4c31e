using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Server.Diagnostics;

/// <summary>
/// Degraded while any use is quarantined: the ledger still takes usage and posts everything else, but some money is
/// not posted until an operator fixes the cause and runs `royalty ledger quarantine retry`. The description names how
/// many uses and the oldest one's log position and error.
/// </summary>
internal sealed class QuarantineHealthCheck(IQuarantineStore quarantine) : IHealthCheck
{
    public const string Name = "quarantine";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var summary = await quarantine.SummarizeQuarantineAsync(cancellationToken);
        if (summary.Count == 0 || summary.Oldest is not { } oldest)
        {
            return HealthCheckResult.Healthy("no uses quarantined");
        }

        var at = DateTimeOffset.FromUnixTimeMilliseconds(oldest.FirstQuarantinedAtUnixMs).ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{summary.Count} uses quarantined, oldest at log position (log_seq {oldest.LogSeq}, event {oldest.EventIndex}) since {at}: {oldest.ErrorType}: {oldest.ErrorMessage}");
        return HealthCheckResult.Degraded($"{reason} (royalty ledger quarantine list)");
    }
}
