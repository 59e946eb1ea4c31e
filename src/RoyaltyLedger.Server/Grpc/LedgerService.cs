using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using static System.FormattableString;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>The journal's read, verify and rebuild calls. Admin only: they show every party's money.</summary>
internal sealed partial class LedgerService(
    ReadJournalEntries entries, ReadBalances balances, VerifyJournal verify, RebuildProjections rebuild, RebuildFromLog replay,
    ListQuarantinedUses quarantined, RetryQuarantinedUses retry) : Ledger.LedgerBase
{
    /// <summary>
    /// The largest response this service sends. A page of entries holds up to 100,000 lines, about 22 MB at the
    /// longest ids, so the server's 4 MiB default is raised for this service alone.
    /// </summary>
    public const int MaxResponseBytes = 32 * 1024 * 1024;

    /// <summary>Entries a page holds when the request leaves limit at 0.</summary>
    public const int DefaultLimit = 100;

    public override async Task<VerifyJournalResponse> VerifyJournal(VerifyJournalRequest request, ServerCallContext context)
    {
        context.RequireRole("verify the journal");
        return (await verify.VerifyAsync(context.CancellationToken)).ToWire();
    }

    public override async Task<ListJournalEntriesResponse> ListJournalEntries(ListJournalEntriesRequest request, ServerCallContext context)
    {
        context.RequireRole("read the journal");
        RpcErrors.ThrowIfAny([
            request.FromEntryNo < 0 ? new FieldViolation("from_entry_no", Invariant($"from_entry_no is {request.FromEntryNo}, expected 1 or more (0 means 1)")) : null,
            request.Limit is < 0 or > IJournalStore.MaxEntriesPerRead
                ? new FieldViolation("limit", Invariant($"limit is {request.Limit:N0}, expected 1 to {IJournalStore.MaxEntriesPerRead:N0} (0 means {DefaultLimit})"))
                : null]);
        var from = Math.Max(1, request.FromEntryNo);
        var page = await entries.ReadAsync(from, request.Limit == 0 ? DefaultLimit : request.Limit, context.CancellationToken);
        var response = new ListJournalEntriesResponse { NextEntryNo = page.Count == 0 ? from : page[^1].EntryNo + 1 };
        response.Entries.AddRange(page.Select(e => e.ToWire()));
        return response;
    }

    public override async Task<GetBalancesResponse> GetBalances(GetBalancesRequest request, ServerCallContext context)
    {
        context.RequireRole("read account balances");
        var prefix = request.AccountPrefix;
        if (prefix.Length > JournalLimits.MaxAccountLength || prefix.Any(c => c is <= ' ' or > '~'))
        {
            RpcErrors.BadRequest("account_prefix", $"account_prefix '{EntityIds.Printable(prefix)}' must be at most {JournalLimits.MaxAccountLength} printable ASCII characters without spaces");
        }

        var response = new GetBalancesResponse();
        response.Balances.AddRange((await balances.ReadAsync(prefix, context.CancellationToken)).Select(b => b.ToWire()));
        return response;
    }

    public override async Task<RebuildProjectionsResponse> RebuildProjections(RebuildProjectionsRequest request, ServerCallContext context)
    {
        context.RequireRole("rebuild the ledger's projections");
        var rebuilt = await rebuild.RebuildAsync(context.CancellationToken);
        var response = rebuilt.Balances.ToWire();
        response.WorkTotalsChecked = rebuilt.Totals.WorkCurrenciesChecked;
        response.WorkTotalsDiffered = rebuilt.Totals.WorkCurrenciesDiffering;
        response.WorkTotalsDifferences.AddRange(rebuilt.Totals.Differences);
        return response;
    }

    public override async Task<RebuildFromLogResponse> RebuildFromLog(RebuildFromLogRequest request, ServerCallContext context)
    {
        context.RequireRole("rebuild the journal from the usage log");
        var report = await replay.RunAsync(context.CancellationToken);
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
