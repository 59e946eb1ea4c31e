using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Server.Diagnostics;

/// <summary>Unhealthy while the ledger's database cannot be reached (then every service answers UNAVAILABLE).</summary>
internal sealed class StorageHealthCheck(SqlLedgerStore store) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>A probe that takes longer than this counts as an outage.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            await store.PingAsync(bounded.Token);
            return HealthCheckResult.Healthy("the ledger's database answers");
        }
#pragma warning disable CA1031 // Any failure to reach the database is the report, not an error of the check.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"the ledger's database does not answer: {e.Message}", e);
        }
    }
}
