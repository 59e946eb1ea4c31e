
namespace RoyaltyLedger.Application.Reports;

/// <summary>
/// Which works went into which models: the training and fine-tuning rows of <c>usage_totals</c> whose status is
/// licensed, unlicensed or refused (works in suspense are left out), paged by key so that a model trained on millions
/// of works is read a page at a time.
/// </summary>
public interface ITrainingReportStore
{
    /// <summary>The most works or (model, work) pairs one page holds.</summary>
    public const int MaxPageSize = 1_000;

    /// <summary>The rows of the model's first <paramref name="maxWorks"/> works after <paramref name="afterWorkId"/> ('' for the first page), by work id.</summary>
    Task<TrainingPage> ModelTrainingAsync(string modelId, string afterWorkId, int maxWorks, CancellationToken cancellationToken);

    /// <summary>The model's totals by use, status and unit kind, over every work (a full read of the model's rows).</summary>
    Task<IReadOnlyList<TrainingTotalRow>> ModelTrainingTotalsAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>
    /// The creator's rows for the first <paramref name="maxPairs"/> (model, work) pairs after (<paramref name="afterModelId"/>,
    /// <paramref name="afterWorkId"/>) ('' and '' for the first page), by model id then work id.
    /// </summary>
    Task<TrainingPage> CreatorTrainingAsync(string creatorId, string afterModelId, string afterWorkId, int maxPairs, CancellationToken cancellationToken);
}
