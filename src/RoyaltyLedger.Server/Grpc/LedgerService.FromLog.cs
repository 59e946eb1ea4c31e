using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

internal sealed partial class LedgerService
{
    public override async Task<RebuildFromLogResponse> RebuildFromLog(RebuildFromLogRequest request, ServerCallContext context)
    {
        context.RequireRole("rebuild the journal from the usage log");
        LogReplayReport report;
        try
        {
            report = await replay.RunAsync(context.CancellationToken);
        }
        catch (LogReplayNotQuietException ex)
        {
            RpcErrors.FailedPrecondition(ex.Message);
            throw; // Not reached: FailedPrecondition throws.
        }

        var response = new RebuildFromLogResponse
        {
            JournalDigest = report.JournalDigest,
            ReplayDigest = report.ReplayDigest,
            Identical = report.Identical,
            WorksChecked = report.WorksChecked,
            UsesReplayed = report.UsesReplayed,
            JournalEffects = report.JournalEffects,
            ReplayEffects = report.ReplayEffects,
        };
        if (report.FirstDifference is { } d)
        {
            response.FirstDifference = new RatingEffectDifference
            {
                WorkId = d.WorkId,
                Account = d.Account,
                Currency = d.Currency,
                JournalAmountNanos = d.JournalAmountNanos.ToString(CultureInfo.InvariantCulture),
                ReplayAmountNanos = d.ReplayAmountNanos.ToString(CultureInfo.InvariantCulture),
            };
        }

        return response;
    }
}
