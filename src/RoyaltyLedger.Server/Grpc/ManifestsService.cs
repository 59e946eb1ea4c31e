using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Training manifests become usage: one event per entry, appended through the same edge checks as the ingest stream
/// to the operator's stream "manifest-&lt;id&gt;", a batch per <see cref="EntriesPerBatch"/> entries. Event ids derive
/// ("manifest:&lt;id&gt;:&lt;index&gt;") from the manifest id and entry index, so a resubmission is counted once and answered with the same receipt.
/// </summary>
internal sealed class ManifestsService(IGrainFactory grains, BatchAppender appender, TimeProvider clock) : Manifests.ManifestsBase
{
    public const int MaxEntries = 100_000;

    public const int EntriesPerBatch = 1_000;

    /// <summary>Keeps event ids "manifest:&lt;id&gt;:&lt;index&gt;" within the 64 characters an event id may have.</summary>
    public const int MaxManifestIdLength = 40;

    public override async Task<TrainingManifestReceipt> SubmitTrainingManifest(SubmitTrainingManifestRequest request, ServerCallContext context)
    {
        context.RequireRole("submit training manifests", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"submit manifests for operator {EntityIds.Printable(request.OperatorId)}");
        await ValidateAsync(request);
        var streamName = $"manifest-{request.ManifestId}";
        var stream = grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(request.OperatorId, streamName));
        await stream.Open();
        var receipt = new TrainingManifestReceipt { ManifestId = request.ManifestId, ModelId = request.ModelId, Entries = (uint)request.Entries.Count };
        var noneMalformed = new Dictionary<int, string>();
        for (var first = 0; first < request.Entries.Count; first += EntriesPerBatch)
        {
            var batch = Batch(request, first);
            var ack = await appender.AppendAsync(stream, request.OperatorId, streamName, batch, noneMalformed);
            receipt.Accepted += ack.Accepted;
            receipt.Duplicates += ack.Duplicates;
            receipt.Rejections.AddRange(ack.Rejections.Select(r => ToEntry(r, first)));
        }

        return receipt;
    }

    private async Task ValidateAsync(SubmitTrainingManifestRequest request)
    {
        var now = clock.GetUtcNow();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("manifest_id", request.ManifestId),
            request.ManifestId.Length > MaxManifestIdLength
                ? new FieldViolation("manifest_id", $"manifest_id is {request.ManifestId.Length} characters, at most {MaxManifestIdLength} are allowed")
                : null,
            EntityIds.Check("model_id", request.ModelId),
            request.Use is UseKind.Training or UseKind.FineTuning
                ? null
                : new FieldViolation("use", $"use is {RoyaltyLedger.Contracts.Exports.UseKindNames.Of(request.Use)} ({(int)request.Use}), expected training or fine-tuning"),
            request.TrainedAt is null
                ? new FieldViolation("trained_at", "trained_at is required: the time the model was trained on these works")
                : UsageEventWireRules.TimestampViolation("trained_at", request.TrainedAt) is { } badTime
                    ? new FieldViolation("trained_at", badTime)
                : request.TrainedAt.ToDateTimeOffset() > now + BatchAppender.MaxClockSkew
                    ? new FieldViolation("trained_at", $"trained_at {request.TrainedAt.ToDateTimeOffset():O} is in the future (server clock {now:O})")
                    : null,
            request.Entries.Count is 0 or > MaxEntries
                ? new FieldViolation("entries", $"the manifest has {request.Entries.Count:N0} entries, expected 1 to {MaxEntries:N0}")
                : null]);
        var model = await grains.GetGrain<IModelGrain>(request.ModelId).Describe();
        if (model is null)
        {
            RpcErrors.NotFound($"model {request.ModelId} is not registered");
        }

        if (model.OperatorId != request.OperatorId)
        {
            CallerAccess.Deny($"model {request.ModelId} belongs to operator {model.OperatorId}, not {request.OperatorId}");
        }
    }

    private static UsageBatch Batch(SubmitTrainingManifestRequest request, int first)
    {
        var batch = new UsageBatch { BatchSeq = (ulong)(first / EntriesPerBatch) + 1 };
        var last = Math.Min(first + EntriesPerBatch, request.Entries.Count);
        for (var i = first; i < last; i++)
        {
            var entry = request.Entries[i];
            batch.Events.Add(new UsageEvent
            {
                EventId = $"manifest:{request.ManifestId}:{i}",
                ModelId = request.ModelId,
                WorkId = entry.WorkId,
                WorkRef = entry.WorkRef,
                Use = request.Use,
                Units = entry.Units,
                UnitKind = entry.UnitKind,
                AttributionWeightPpm = entry.HasAttributionWeightPpm ? entry.AttributionWeightPpm : 1_000_000,
                OccurredAt = request.TrainedAt,
                Territory = entry.Territory,
                AttributionMethod = "training-manifest",
                AttributionMethodVersion = "1",
            });
        }

        return batch;
    }

    /// <summary>The edge names "events[k]" of a batch; the operator sent "entries[first + k]" of a manifest.</summary>
    private static EventRejection ToEntry(EventRejection rejection, int first)
    {
        var local = $"events[{rejection.Index}]";
        var entry = $"entries[{first + (int)rejection.Index}]";
        return new EventRejection
        {
            Index = (uint)(first + (int)rejection.Index),
            Reason = rejection.Reason,
            Field = rejection.Field.Replace(local, entry, StringComparison.Ordinal),
            Message = rejection.Message.Replace(local, entry, StringComparison.Ordinal),
        };
    }
}
