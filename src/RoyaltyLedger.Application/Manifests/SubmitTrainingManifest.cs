using System.Collections.Immutable;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Usage;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Manifests;

/// <summary>
/// Training manifests become usage: one event per entry, appended through the same checks as the ingest stream
/// (<see cref="IngestBatch"/>) to the operator's stream "manifest-&lt;id&gt;", a batch per <see cref="EntriesPerBatch"/> entries.
/// Event ids derive ("manifest:&lt;id&gt;:&lt;index&gt;") from the manifest id and entry index, so a resubmission is
/// counted once and answered with the same receipt.
/// </summary>
public sealed class SubmitTrainingManifest(IGrainFactory grains, IngestBatch ingest)
{
    public const int MaxEntries = 100_000;

    public const int EntriesPerBatch = 1_000;

    /// <summary>Keeps event ids "manifest:&lt;id&gt;:&lt;index&gt;" within the 64 characters an event id may have.</summary>
    public const int MaxManifestIdLength = 40;

    public static string StreamName(string manifestId) => $"manifest-{manifestId}";

    public static string EventId(string manifestId, int entryIndex) => $"manifest:{manifestId}:{entryIndex}";

    public async Task<ManifestReceipt> SubmitAsync(TrainingManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var model = await grains.GetGrain<IModelGrain>(manifest.ModelId).Describe()
            ?? throw new NotFoundException($"model {manifest.ModelId} is not registered");
        if (model.OperatorId != manifest.OperatorId)
        {
            throw new AccessDeniedException(manifest.OperatorId.Length == 0
                ? $"model {manifest.ModelId} belongs to operator {model.OperatorId}, and the manifest names no operator"
                : $"model {manifest.ModelId} belongs to operator {model.OperatorId}, not {manifest.OperatorId}");
        }

        var streamName = StreamName(manifest.ManifestId);
        var stream = grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(manifest.OperatorId, streamName));
        await stream.Open();
        var (accepted, duplicates) = (0, 0);
        var rejections = ImmutableArray.CreateBuilder<EventRejectionRecord>();
        for (var k = 0; k < manifest.Batches.Count; k++)
        {
            var ack = await ingest.AppendAsync(stream, manifest.OperatorId, streamName, manifest.Batches[k]);
            accepted += ack.Accepted;
            duplicates += ack.Duplicates;
            rejections.AddRange(ack.Rejections.Select(r => ToEntry(r, k * EntriesPerBatch)));
        }

        return new ManifestReceipt(accepted, duplicates, rejections.ToImmutable());
    }

    /// <summary>The ingest checks name "events[k]" of a batch; the operator sent "entries[first + k]" of a manifest.</summary>
    private static EventRejectionRecord ToEntry(EventRejectionRecord rejection, int first)
    {
        var local = $"events[{rejection.Index}]";
        var entry = $"entries[{first + rejection.Index}]";
        return new EventRejectionRecord(first + rejection.Index, rejection.Reason,
            rejection.Field.Replace(local, entry, StringComparison.Ordinal), rejection.Message.Replace(local, entry, StringComparison.Ordinal));
    }
}
