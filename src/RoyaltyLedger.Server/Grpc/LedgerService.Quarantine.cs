using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using static System.FormattableString;
using StoredUse = RoyaltyLedger.Application.Quarantine.QuarantinedUse;
using WireUse = RoyaltyLedger.Contracts.V1.QuarantinedUse;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The quarantine's list and retry calls, admin only. Their services come from the request's scope, so that the
/// journal calls' constructor stays as it is.
/// </summary>
internal sealed partial class LedgerService
{
    /// <summary>Uses a page holds when the request leaves page_size at 0.</summary>
    public const int DefaultQuarantinePageSize = 100;

    /// <summary>Grain calls one RetryQuarantinedUses(all) makes at most, each over up to 1,000 uses.</summary>
    public const int MaxRetryCallsPerRequest = 20;

    public override async Task<ListQuarantinedUsesResponse> ListQuarantinedUses(ListQuarantinedUsesRequest request, ServerCallContext context)
    {
        context.RequireRole("list quarantined uses");
        var (after, badToken) = ParsePosition(request.PageToken);
        RpcErrors.ThrowIfAny([
            request.PageSize > IQuarantineStore.MaxPerPage
                ? new FieldViolation("page_size", Invariant($"page_size is {request.PageSize:N0}, expected 1 to {IQuarantineStore.MaxPerPage:N0} (0 means {DefaultQuarantinePageSize})"))
                : null,
            badToken]);
        var quarantine = Quarantine(context);
        var size = request.PageSize == 0 ? DefaultQuarantinePageSize : (int)request.PageSize;
        var page = await quarantine.ListQuarantinedAsync(after.LogSeq, after.EventIndex, size, context.CancellationToken);
        // A full page is followed by another only when a use lies beyond it, so the last page never comes back empty.
        var more = page.Count == size && (await quarantine.ListQuarantinedAsync(page[^1].LogSeq, page[^1].EventIndex, 1, context.CancellationToken)).Count > 0;
        var response = new ListQuarantinedUsesResponse
        {
            Total = (await quarantine.SummarizeQuarantineAsync(context.CancellationToken)).Count,
            NextPageToken = more ? Position(page[^1]) : "",
        };
        response.Uses.AddRange(page.Select(ToWire));
        return response;
    }

    public override async Task<RetryQuarantinedUsesResponse> RetryQuarantinedUses(RetryQuarantinedUsesRequest request, ServerCallContext context)
    {
        context.RequireRole("retry quarantined uses");
        var quarantine = Quarantine(context);
        var projector = context.GetHttpContext().RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IUsageProjectorGrain>(IUsageProjectorGrain.Key);
        var response = new RetryQuarantinedUsesResponse();
        switch (request.TargetCase)
        {
            case RetryQuarantinedUsesRequest.TargetOneofCase.Use:
                var use = request.Use;
                if (await quarantine.GetQuarantinedAsync(use.LogSeq, use.EventIndex, context.CancellationToken) is null)
                {
                    RpcErrors.NotFound(Invariant($"no use is quarantined at log position (log_seq {use.LogSeq}, event {use.EventIndex})"));
                }

                Add(response, await projector.RetryQuarantined(new QuarantineRetryRequest(false, use.LogSeq, use.EventIndex)));
                break;
            case RetryQuarantinedUsesRequest.TargetOneofCase.All when request.All:
                var (logSeq, eventIndex) = (0L, 0);
                for (var call = 0; call < MaxRetryCallsPerRequest; call++)
                {
                    var report = await projector.RetryQuarantined(new QuarantineRetryRequest(true, logSeq, eventIndex));
                    Add(response, report);
                    if (!report.More)
                    {
                        break;
                    }

                    (logSeq, eventIndex) = (report.NextLogSeq, report.NextEventIndex);
                }

                break;
            default:
                RpcErrors.BadRequest("target", "target is empty: give use (log_seq and event_index) or all = true");
                break;
        }

        response.Remaining = (await quarantine.SummarizeQuarantineAsync(context.CancellationToken)).Count;
        return response;
    }

    private static void Add(RetryQuarantinedUsesResponse response, QuarantineRetryReport report)
    {
        if (report.Conflicted)
        {
            throw new RpcException(new Status(StatusCode.Aborted, "another retry or projector took some of these quarantined uses first; nothing was posted by this one; list the quarantine again"));
        }

        response.Retried += report.Retried;
        response.Posted += report.Posted;
        response.StillQuarantined += report.StillQuarantined;
    }

    private static IQuarantineStore Quarantine(ServerCallContext context) =>
        context.GetHttpContext().RequestServices.GetRequiredService<IQuarantineStore>();

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
