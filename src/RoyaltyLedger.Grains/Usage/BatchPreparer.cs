using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>
/// Turns a batch into rows to store: checks each event alone, then against the registry (model
/// ownership, licence unit kind), then rates and splits it. Pure given the looked-up models and works.
/// </summary>
internal sealed class BatchPreparer(
    string operatorId,
    IReadOnlyDictionary<string, ModelProfile?> models,
    IReadOnlyDictionary<string, WorkSnapshot?> works,
    DateTimeOffset receivedAt)
{
    /// <summary>Events dated further ahead than this are taken for a wrong clock, not a real use.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromHours(24);

    public PreparedBatch Prepare(IReadOnlyList<UsageEventRecord> events, IReadOnlyList<EventRejectionRecord> earlierRejections)
    {
        var rejections = new List<EventRejectionRecord>(earlierRejections);
        var rejected = earlierRejections.Select(r => r.Index).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new List<int>();
        var accepted = new List<PreparedEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            if (rejected.Contains(i))
            {
                continue;
            }

            var e = events[i];
            if (!seen.Add(e.EventId))
            {
                repeated.Add(i);
                continue;
            }

            var outcome = Rate(i, e);
            if (outcome.Rejection is { } rejection)
            {
                rejections.Add(rejection);
                seen.Remove(e.EventId);
            }
            else
            {
                accepted.Add(new PreparedEvent(i, outcome.Event!));
            }
        }

        rejections.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new PreparedBatch(accepted, rejections, repeated);
    }

    /// <summary>Checks that need no registry, for every event of a batch.</summary>
    public static List<EventRejectionRecord> CheckAlone(IReadOnlyList<UsageEventRecord> events, DateTimeOffset receivedAt)
    {
        var rejections = new List<EventRejectionRecord>();
        for (var i = 0; i < events.Count; i++)
        {
            if (UsageEventRules.Validate(i, events[i].ToDomain()) is { } r)
            {
                rejections.Add(new EventRejectionRecord(r.Index, r.Reason, r.Field, r.Message));
            }
            else if (events[i].OccurredAt > receivedAt + MaxClockSkew)
            {
                rejections.Add(new EventRejectionRecord(i, RejectionReason.InvalidValue, $"events[{i}].occurred_at",
                    $"events[{i}].occurred_at {events[i].OccurredAt:O} is more than {MaxClockSkew.TotalHours:N0} hours after the server's clock ({receivedAt:O})"));
            }
        }

        return rejections;
    }

    private (StoredEvent? Event, EventRejectionRecord? Rejection) Rate(int index, UsageEventRecord e)
    {
        if (models.GetValueOrDefault(e.ModelId) is not { } model)
        {
            return (null, new(index, RejectionReason.UnknownModel, $"events[{index}].model_id",
                $"events[{index}].model_id '{e.ModelId}' is not a registered model"));
        }

        if (model.OperatorId != operatorId)
        {
            return (null, new(index, RejectionReason.WrongOperator, $"events[{index}].model_id",
                $"events[{index}].model_id '{e.ModelId}' belongs to operator {model.OperatorId}, not {operatorId}"));
        }

        if (works.GetValueOrDefault(e.WorkId) is not { } work)
        {
            return (ToStored(e, EventStatus.Unidentified, null, 0, []), null);
        }

        var contributors = work.Definition.Contributors.Select(c => c.ToDomain()).ToList();
        var licence = LicenceCheck.Find(work.Licences.Select(l => l.ToDomain()), operatorId, e.Use);
        if (licence is null)
        {
            var credits = contributors.Select(c => new Accrual(c.CreatorId, c.ShareBasisPoints, 0)).ToList();
            return (ToStored(e, EventStatus.Unlicensed, null, 0, credits), null);
        }

        if (licence.Tariff.UnitKind != e.UnitKind)
        {
            return (null, new(index, RejectionReason.UnitKindMismatch, $"events[{index}].unit_kind",
                $"events[{index}].unit_kind '{e.UnitKind}' differs from '{licence.Tariff.UnitKind}' priced by licence {licence.LicenceId} of work {e.WorkId}"));
        }

        var amount = UsageRater.AmountNanos(e.Units, licence.Tariff, (int)e.AttributionWeightPpm!.Value);
        var parts = UsageRater.SplitNanos(amount, contributors);
        var accruals = contributors.Select((c, i) => new Accrual(c.CreatorId, c.ShareBasisPoints, parts[i])).ToList();
        return (ToStored(e, EventStatus.Licensed, licence, amount, accruals), null);
    }

    private StoredEvent ToStored(UsageEventRecord e, string status, LicenceTerms? licence, long amountNanos, IReadOnlyList<Accrual> accruals) => new(
        e.EventId, e.ModelId, e.WorkId, (int)e.Use, e.Units, e.UnitKind, (int)e.AttributionWeightPpm!.Value,
        e.OccurredAt!.Value.ToUnixTimeMilliseconds(), receivedAt.ToUnixTimeMilliseconds(),
        e.AttributionMethod, e.AttributionMethodVersion, status, licence?.LicenceId, licence?.Tariff.Currency, amountNanos, accruals);
}
