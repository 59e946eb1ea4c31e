using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RoyaltyLedger.Server.Diagnostics;

/// <summary>
/// /healthz as plain text: "Healthy" alone, as before, or the status followed by why, e.g. "Degraded: quarantine: 2 uses
/// quarantined, oldest at log position (log_seq 17, event 3) ...", so that a probe or an operator with curl sees the reason.
/// </summary>
internal static class HealthReportText
{
    public static readonly HealthCheckOptions Options = new() { ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reasons = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Exception?.Message ?? e.Value.Status.ToString()}")
            .ToList();
        var text = reasons.Count == 0 ? report.Status.ToString() : $"{report.Status}: {string.Join("; ", reasons)}";
        return context.Response.WriteAsync(text);
    }
}
