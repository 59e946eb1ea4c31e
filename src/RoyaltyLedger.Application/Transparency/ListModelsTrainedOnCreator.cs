using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>The models trained on a registered creator's works, a page of (model, work) pairs at a time.</summary>
public sealed class ListModelsTrainedOnCreator(IGrainFactory grains, ITrainingReportStore store)
{
    /// <summary>Up to <paramref name="pageSize"/> pairs after (<paramref name="afterModelId"/>, <paramref name="afterWorkId"/>); "" for the first page.</summary>
    public async Task<CreatorTrainingReport> ListAsync(string creatorId, string afterModelId, string afterWorkId, int pageSize, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICreatorGrain>(creatorId).Describe() is null)
        {
            throw new NotFoundException($"creator {creatorId} is not registered");
        }

        var page = await store.CreatorTrainingAsync(creatorId, afterModelId, afterWorkId, pageSize, cancellationToken);
        var works = await WorkLookup.DescribeAsync(grains, page.Rows.Select(r => r.WorkId), cancellationToken);
        return new CreatorTrainingReport(page, works);
    }
}
