using System.Collections.Immutable;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.AiAct;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>
/// A model's EU AI Act training-content summary (docs/ai-act-summary.md): every page of its transparency report and
/// every removal request concerning it, folded into the template's sections. Reads page by page; holds counts, not rows.
/// </summary>
public sealed class SummarizeModelForAiAct(IGrainFactory grains, ITrainingReportStore store, IRemovalStore removals, TimeProvider clock)
{
    /// <summary>Ends a read whose pages never end (a store whose keys do not advance) instead of looping.</summary>
    public const int MaxPages = 1_000_000;

    /// <summary>The summary of <paramref name="model"/>; the caller checks who may read it first (as for the transparency report).</summary>
    public async Task<AiActSummary> SummarizeAsync(ModelProfile model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var now = clock.GetUtcNow();
        var builder = new AiActSummaryBuilder();
        await AddWorksAsync(builder, model.ModelId, now, cancellationToken);
        await AddRemovalsAsync(builder, model, cancellationToken);
        var operatorName = (await grains.GetGrain<IOperatorGrain>(model.OperatorId).Describe())?.DisplayName ?? "";
        return builder.Build(model.OperatorId, operatorName, model.ModelId, model.DisplayName, now.ToUnixTimeMilliseconds());
    }

    private async Task AddWorksAsync(AiActSummaryBuilder builder, string modelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var after = "";
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await store.ModelTrainingAsync(modelId, after, ITrainingReportStore.MaxPageSize, cancellationToken);
            var works = await WorkLookup.DescribeAsync(grains, page.Rows.Select(r => r.WorkId), cancellationToken);
            foreach (var run in page.Rows.GroupBy(r => r.WorkId, StringComparer.Ordinal))
            {
                builder.AddWork(ToWork(run.Key, works[run.Key], now), [.. run.Select(ToUse)]);
            }

            if (!page.More || page.Rows.Count == 0)
            {
                return;
            }

            var last = page.Rows[^1].WorkId;
            if (string.Equals(last, after, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the training report of model {modelId} did not advance past work {after}");
            }

            after = last;
        }

        throw new InvalidOperationException($"the training report of model {modelId} ran past {MaxPages:N0} pages");
    }

    private async Task AddRemovalsAsync(AiActSummaryBuilder builder, ModelProfile model, CancellationToken cancellationToken)
    {
        var scope = RemovalScope.Operator(model.OperatorId);
        long after = 0;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await removals.ListRemovalsAsync(scope, "", after, Domain.Removals.RemovalLimits.MaxPageSize, cancellationToken);
            foreach (var r in page.Removals.Select(r => r.Request).Where(r => r.ModelId.Length == 0 || r.ModelId == model.ModelId))
            {
                builder.AddRemoval(r.Status, r.Origin);
            }

            if (page.NextAfterEntryNo <= after)
            {
                return;
            }

            after = page.NextAfterEntryNo;
        }
    }

    private static AiActWork ToWork(string workId, WorkSnapshot? work, DateTimeOffset now)
    {
        if (work is null)
        {
            return new AiActWork(workId, "", [], []);
        }

        var inForce = work.Splits.LastOrDefault(v => v.EffectiveFrom <= now) ?? work.Splits[0];
        return new AiActWork(workId, work.Definition.Medium, [.. inForce.Contributors.Select(c => c.CreatorId)], work.Definition.RightsholderIds.IsDefault ? [] : work.Definition.RightsholderIds);
    }

    private static AiActUse ToUse(TrainingUseRow r) =>
        new((UseKind)r.UseKind, UseStatusNames.TryParse(r.Status, out var status)
            ? status
            : throw new System.Diagnostics.UnreachableException($"the training report holds status '{r.Status}' for work {r.WorkId}"), r.UnitKind, r.EventCount, checked((long)r.Units),
            r.FirstAtUnixMs, r.LastAtUnixMs);
}
