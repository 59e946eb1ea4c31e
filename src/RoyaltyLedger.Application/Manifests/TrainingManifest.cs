using RoyaltyLedger.Application.Usage;

namespace RoyaltyLedger.Application.Manifests;

/// <summary>
/// A training manifest as batches of its own stream "manifest-&lt;id&gt;": batch k holds entries
/// k × <see cref="SubmitTrainingManifest.EntriesPerBatch"/> onwards, one event per entry.
/// </summary>
public sealed record TrainingManifest(string ManifestId, string OperatorId, string ModelId, IReadOnlyList<IncomingBatch> Batches);
