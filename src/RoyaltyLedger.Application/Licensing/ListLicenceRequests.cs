using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>The licence requests that concern a party, a page at a time in request id order.</summary>
public sealed class ListLicenceRequests(ILicenceRequestIndex index, IGrainFactory grains)
{
    /// <summary>At most <paramref name="pageSize"/> requests whose id sorts after <paramref name="afterId"/> ("" for the first page).</summary>
    public async Task<LicenceRequestPage> ExecuteAsync(string partyId, string afterId, int pageSize, CancellationToken cancellationToken)
    {
        // One id more than the page holds tells whether another page follows, without a count query.
        var ids = await index.RequestsOfPageAsync(partyId, afterId, pageSize + 1, cancellationToken);
        var page = ids.Count > pageSize ? [.. ids.Take(pageSize)] : ids;
        var views = await BoundedCalls.AllAsync(page, id => grains.GetGrain<ILicenceRequestGrain>(id).Describe());
        return new LicenceRequestPage([.. views.OfType<LicenceRequestView>()], ids.Count > pageSize ? page[^1] : "");
    }
}
