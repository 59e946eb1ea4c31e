using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>A model's transparency report, which works went into it, read from the ledger's usage totals a page at a time.</summary>
public sealed class ReadModelTransparency(IGrainFactory grains, ITrainingReportStore store, TimeProvider clock)
{
    /// <summary>The registered model; the caller checks who may read its report before <see cref="ReadAsync"/>.</summary>
    public async Task<ModelProfile> FindModelAsync(string modelId) =>
        await grains.GetGrain<IModelGrain>(modelId).Describe() ?? throw new NotFoundException($"model {modelId} is not registered");

    /// <summary>Up to <paramref name="pageSize"/> works after <paramref name="afterWorkId"/> ("" for the first page, which carries the totals too).</summary>
    public async Task<ModelTrainingReport> ReadAsync(ModelProfile model, string afterWorkId, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(afterWorkId);
        var page = await store.ModelTrainingAsync(model.ModelId, afterWorkId, pageSize, cancellationToken);
        var works = await WorkLookup.DescribeAsync(grains, page.Rows.Select(r => r.WorkId), cancellationToken);
        var now = clock.GetUtcNow();
        var totals = afterWorkId.Length == 0 ? await store.ModelTrainingTotalsAsync(model.ModelId, cancellationToken) : null;
        return new ModelTrainingReport(model, page, works, totals, now);
    }
}
