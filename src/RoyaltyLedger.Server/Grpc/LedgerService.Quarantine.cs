using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using static System.FormattableString;
using StoredUse = RoyaltyLedger.Application.Quarantine.QuarantinedUse;
using WireUse = RoyaltyLedger.Contracts.V1.QuarantinedUse;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>The quarantine's list and retry calls, admin only.</summary>
internal sealed partial class LedgerService
{
    /// <summary>Uses a page holds when the request leaves page_size at 0.</summary>
    public const int DefaultQuarantinePageSize = 100;

    public override async Task<ListQuarantinedUsesResponse> ListQuarantinedUses(ListQuarantinedUsesRequest request, ServerCallContext context)
    {
        context.RequireRole("list quarantined uses");
        var (after, badToken) = ParsePosition(request.PageToken);
        RpcErrors.ThrowIfAny([
            request.PageSize > IQuarantineStore.MaxPerPage
                ? new FieldViolation("page_size", Invariant($"page_size is {request.PageSize:N0}, expected 1 to {IQuarantineStore.MaxPerPage:N0} (0 means {DefaultQuarantinePageSize})"))
                : null,
            badToken]);
        var size = request.PageSize == 0 ? DefaultQuarantinePageSize : (int)request.PageSize;
        var page = await quarantined.ListAsync(after.LogSeq, after.EventIndex, size, context.CancellationToken);
        var response = new ListQuarantinedUsesResponse
        {
            Total = page.Total,
            NextPageToken = page.More ? Position(page.Uses[^1]) : "",
        };
        response.Uses.AddRange(page.Uses.Select(ToWire));
        return response;
    }

    public override async Task<RetryQuarantinedUsesResponse> RetryQuarantinedUses(RetryQuarantinedUsesRequest request, ServerCallContext context)
    {
        context.RequireRole("retry quarantined uses");
        QuarantineRetryTotals totals;
        switch (request.TargetCase)
        {
            case RetryQuarantinedUsesRequest.TargetOneofCase.Use:
                totals = await retry.RetryOneAsync(request.Use.LogSeq, request.Use.EventIndex, context.CancellationToken);
                break;
            case RetryQuarantinedUsesRequest.TargetOneofCase.All when request.All:
                totals = await retry.RetryAllAsync(context.CancellationToken);
                break;
            default:
                RpcErrors.BadRequest("target", "target is empty: give use (log_seq and event_index) or all = true");
                return null; // Not reached: BadRequest throws.
        }

        return new RetryQuarantinedUsesResponse
        {
            Retried = totals.Retried, Posted = totals.Posted, StillQuarantined = totals.StillQuarantined, Remaining = totals.Remaining,
        };
    }

    private static WireUse ToWire(StoredUse use) => new()
    {
        LogSeq = use.LogSeq, EventIndex = use.EventIndex, OperatorId = use.OperatorId, EventId = use.EventId, WorkId = use.WorkId,
        ErrorType = use.ErrorType, ErrorMessage = use.ErrorMessage, FirstQuarantinedAtUnixMs = use.FirstQuarantinedAtUnixMs,
        QuarantinedAtUnixMs = use.QuarantinedAtUnixMs, Attempts = use.Attempts,
    };

    /// <summary>A page token is the last use's log position, "log_seq:event_index".</summary>
    private static string Position(StoredUse use) => string.Create(CultureInfo.InvariantCulture, $"{use.LogSeq}:{use.EventIndex}");

    private static ((long LogSeq, int EventIndex) After, FieldViolation? Violation) ParsePosition(string token)
    {
        if (token.Length == 0)
        {
            return ((0, 0), null);
        }

        var parts = token.Split(':');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var logSeq) && logSeq > 0
            && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var eventIndex) && eventIndex >= -1
            ? ((logSeq, eventIndex), null)
            : ((0, 0), new FieldViolation("page_token", $"page_token '{EntityIds.Printable(token)}' is not a token this call returned (log_seq:event_index)"));
    }
}
