using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>
/// A page of a model's transparency report: the training rows, each work's snapshot (null when no longer registered),
/// the model's totals on the first page only (null after), and the time the report was made, for the splits in force.
/// </summary>
public sealed record ModelTrainingReport(
    ModelProfile Model, TrainingPage Page, IReadOnlyDictionary<string, WorkSnapshot?> Works, IReadOnlyList<TrainingTotalRow>? Totals, DateTimeOffset Now);
