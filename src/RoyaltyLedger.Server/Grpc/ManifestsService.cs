using Grpc.Core;
using RoyaltyLedger.Application.Manifests;
using RoyaltyLedger.Application.Usage;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using Manifest = RoyaltyLedger.Application.Manifests.SubmitTrainingManifest;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Training manifests on the wire: checks the request's fields, turns the entries into the batches of the manifest's
/// stream (one event per entry, <see cref="Manifest.EntriesPerBatch"/> to a batch) and maps the receipt back.
/// </summary>
internal sealed class ManifestsService(Manifest manifests, TimeProvider clock) : Manifests.ManifestsBase
{
    private static readonly IReadOnlyDictionary<int, string> NoneMalformed = new Dictionary<int, string>();

    public override async Task<TrainingManifestReceipt> SubmitTrainingManifest(SubmitTrainingManifestRequest request, ServerCallContext context)
    {
        context.RequireRole("submit training manifests", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"submit manifests for operator {EntityIds.Printable(request.OperatorId)}");
        Validate(request);
        var batches = new List<IncomingBatch>();
        for (var first = 0; first < request.Entries.Count; first += Manifest.EntriesPerBatch)
        {
            batches.Add(Batch(request, first).ToIncoming(NoneMalformed));
        }

        var receipt = await manifests.SubmitAsync(new TrainingManifest(request.ManifestId, request.OperatorId, request.ModelId, batches));
        var wire = new TrainingManifestReceipt
        {
            ManifestId = request.ManifestId, ModelId = request.ModelId, Entries = (uint)request.Entries.Count,
            Accepted = (uint)receipt.Accepted, Duplicates = (uint)receipt.Duplicates,
        };
        wire.Rejections.AddRange(receipt.Rejections.Select(r => new EventRejection
        {
            Index = (uint)r.Index, Reason = (RejectionReason)(int)r.Reason, Field = r.Field, Message = r.Message,
        }));
        return wire;
    }

    private void Validate(SubmitTrainingManifestRequest request)
    {
        var now = clock.GetUtcNow();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("manifest_id", request.ManifestId),
            request.ManifestId.Length > Manifest.MaxManifestIdLength
                ? new FieldViolation("manifest_id",
                    $"manifest_id is {request.ManifestId.Length} characters, at most {Manifest.MaxManifestIdLength} are allowed")
                : null,
            // An admin key acts for no operator: without operator_id the model's owner check had nothing to name.
            request.OperatorId.Length == 0
                ? new FieldViolation("operator_id", "operator_id is required: name the operator that trained the model (royalty manifests submit --operator <id>)")
                : EntityIds.Check("operator_id", request.OperatorId),
            EntityIds.Check("model_id", request.ModelId),
            request.Use is UseKind.Training or UseKind.FineTuning
                ? null
                : new FieldViolation("use", $"use is {RoyaltyLedger.Contracts.Exports.UseKindNames.Of(request.Use)} ({(int)request.Use}), expected training or fine-tuning"),
            request.TrainedAt is null
                ? new FieldViolation("trained_at", "trained_at is required: the time the model was trained on these works")
                : UsageEventWireRules.TimestampViolation("trained_at", request.TrainedAt) is { } badTime
                    ? new FieldViolation("trained_at", badTime)
                : request.TrainedAt.ToDateTimeOffset() > now + IngestBatch.MaxClockSkew
                    ? new FieldViolation("trained_at", $"trained_at {request.TrainedAt.ToDateTimeOffset():O} is in the future (server clock {now:O})")
                    : null,
            request.Entries.Count is 0 or > Manifest.MaxEntries
                ? new FieldViolation("entries", $"the manifest has {request.Entries.Count:N0} entries, expected 1 to {Manifest.MaxEntries:N0}")
                : null]);
    }

    private static UsageBatch Batch(SubmitTrainingManifestRequest request, int first)
    {
        var batch = new UsageBatch { BatchSeq = (ulong)(first / Manifest.EntriesPerBatch) + 1 };
        var last = Math.Min(first + Manifest.EntriesPerBatch, request.Entries.Count);
        for (var i = first; i < last; i++)
        {
            var entry = request.Entries[i];
            batch.Events.Add(new UsageEvent
            {
                EventId = Manifest.EventId(request.ManifestId, i),
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
}
