namespace RoyaltyLedger.Application.Quarantine;

/// <summary>Lists the uses the projector could not post, in log order, a page at a time.</summary>
public sealed class ListQuarantinedUses(IQuarantineStore quarantine)
{
    /// <summary>Up to <paramref name="pageSize"/> uses after log position (<paramref name="afterLogSeq"/>, <paramref name="afterEventIndex"/>).</summary>
    public async Task<QuarantinePage> ListAsync(long afterLogSeq, int afterEventIndex, int pageSize, CancellationToken cancellationToken)
    {
        var page = await quarantine.ListQuarantinedAsync(afterLogSeq, afterEventIndex, pageSize, cancellationToken);
        // A full page is followed by another only when a use lies beyond it, so the last page never comes back empty.
        var more = page.Count == pageSize && (await quarantine.ListQuarantinedAsync(page[^1].LogSeq, page[^1].EventIndex, 1, cancellationToken)).Count > 0;
        var total = (await quarantine.SummarizeQuarantineAsync(cancellationToken)).Count;
        return new QuarantinePage(page, more, total);
    }
}
