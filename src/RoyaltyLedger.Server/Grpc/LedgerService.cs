using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using static System.FormattableString;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>The journal's read, verify and rebuild calls. Admin only: they show every party's money.</summary>
internal sealed partial class LedgerService(IJournalStore journal, LogReplay replay) : Ledger.LedgerBase
{
    /// <summary>
    /// The largest response this service sends. A page of entries holds up to 100,000 lines, about 22 MB at the
    /// longest ids, so the server's 4 MiB default is raised for this service alone.
    /// </summary>
    public const int MaxResponseBytes = 32 * 1024 * 1024;

    /// <summary>Entries a page holds when the request leaves limit at 0.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Balances one GetBalances call returns at most; a longer prefix narrows the call.</summary>
    public const int MaxBalances = 10_000;

    public override async Task<VerifyJournalResponse> VerifyJournal(VerifyJournalRequest request, ServerCallContext context)
    {
        context.RequireRole("verify the journal");
        return (await journal.VerifyAsync(context.CancellationToken)).ToWire();
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
        IReadOnlyList<Domain.Ledger.JournalEntry> entries;
        try
        {
            entries = await journal.ReadEntriesAsync(from, request.Limit == 0 ? DefaultLimit : request.Limit, context.CancellationToken);
        }
        catch (InvalidDataException ex)
        {
            RpcErrors.FailedPrecondition($"{ex.Message}; run VerifyJournal");
            throw; // Not reached: FailedPrecondition throws, but definite assignment of entries cannot know that.
        }

        var response = new ListJournalEntriesResponse { NextEntryNo = entries.Count == 0 ? from : entries[^1].EntryNo + 1 };
        response.Entries.AddRange(entries.Select(e => e.ToWire()));
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

        var balances = await journal.GetBalancesAsync(prefix, context.CancellationToken);
        if (balances.Count > MaxBalances)
        {
            RpcErrors.BadRequest("account_prefix",
                Invariant($"account_prefix '{prefix}' matches {balances.Count:N0} balances, more than the {MaxBalances:N0} one call returns; give a longer prefix"));
        }

        var response = new GetBalancesResponse();
        response.Balances.AddRange(balances.Select(b => b.ToWire()));
        return response;
    }

    public override async Task<RebuildProjectionsResponse> RebuildProjections(RebuildProjectionsRequest request, ServerCallContext context)
    {
        context.RequireRole("rebuild the ledger's projections");
        // Balances rebuilt from a journal whose chain is broken would carry the tampered sums into every statement and
        // payout, so a rebuild only runs over a journal that verifies.
        var verification = await journal.VerifyAsync(context.CancellationToken);
        if (!verification.Intact)
        {
            RpcErrors.FailedPrecondition(
                $"ledger rebuild refused: the journal is broken at entry {verification.FirstBrokenEntryNo}: {verification.Problem}; " +
                "account balances were not touched (`royalty ledger verify` shows the same)");
        }

        var response = (await journal.RebuildBalancesAsync(context.CancellationToken)).ToWire();
        var agreement = await journal.CompareTotalsWithJournalAsync(context.CancellationToken);
        response.WorkTotalsChecked = agreement.WorkCurrenciesChecked;
        response.WorkTotalsDiffered = agreement.WorkCurrenciesDiffering;
        response.WorkTotalsDifferences.AddRange(agreement.Differences);
        return response;
    }
}
