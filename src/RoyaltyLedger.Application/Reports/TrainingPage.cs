namespace RoyaltyLedger.Application.Reports;

/// <summary>One page of training rows, whole works (or model-and-work pairs) only; <see cref="More"/> when another page follows.</summary>
public sealed record TrainingPage(IReadOnlyList<TrainingUseRow> Rows, bool More);
