using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>A page of the models trained on a creator's works: the training rows and each work's snapshot (null when no longer registered).</summary>
public sealed record CreatorTrainingReport(TrainingPage Page, IReadOnlyDictionary<string, WorkSnapshot?> Works);
