using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>
/// Turns a batch into rows to store: checks each event alone, then against the registry (model
/// ownership, licence unit kind), then prices and splits it by its licence-check rating. Pure given the
/// looked-up models and the ratings (by event index; null for an event whose work is not registered).
/// </summary>
internal sealed class BatchPreparer(
    string operatorId,
    IReadOnlyDictionary<string, ModelProfile?> models,
    IReadOnlyDictionary<int, UseRating?> ratings,
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

        if (ratings.GetValueOrDefault(index) is not { } rating)
        {
            return (ToStored(e, EventStatus.Unidentified, null, null, 0, []) with
            {
                StatusReason = $"work {e.WorkId} is not registered; the event waits in suspense to be matched",
            }, null);
        }

        var contributors = rating.Contributors.Select(c => c.ToDomain()).ToList();
        if (rating.Status != UseRatings.Licensed)
        {
            // Unlicensed and refused uses are kept and credited to every contributor, priced at nothing until a licence or claim settles them.
            var credits = contributors.Select(c => new Accrual(c.CreatorId, c.ShareBasisPoints, 0)).ToList();
            var status = rating.Status == UseRatings.Refused ? EventStatus.Refused : EventStatus.Unlicensed;
            return (ToStored(e, status, null, null, 0, credits) with { StatusReason = rating.Reason }, null);
        }

        var weight = (int)e.AttributionWeightPpm!.Value;
        string? currency = null;
        long amount = 0;
        if (!rating.AttributionOnly && rating.Tariff is { } tariff)
        {
            if (tariff.UnitKind != e.UnitKind)
            {
                return (null, new(index, RejectionReason.UnitKindMismatch, $"events[{index}].unit_kind",
                    $"events[{index}].unit_kind '{e.UnitKind}' differs from '{tariff.UnitKind}' priced by licence {rating.LicenceId} of work {e.WorkId}"));
            }

            currency = tariff.Currency;
            amount = UsageRater.AmountNanos(e.Units, tariff.ToDomain(), weight);
        }

        if (!rating.AttributionOnly && rating.RevenueShareBasisPoints is { } share && e.RevenueMicros is { } revenue)
        {
            if (currency is not null && currency != e.RevenueCurrency)
            {
                return (null, new(index, RejectionReason.InvalidValue, $"events[{index}].revenue_currency",
                    $"events[{index}].revenue_currency '{e.RevenueCurrency}' differs from {currency}, the currency of licence {rating.LicenceId} of work {e.WorkId}"));
            }

            currency = e.RevenueCurrency;
            amount = checked(amount + UsageRater.RevenueShareNanos(revenue, share, weight));
        }

        var parts = UsageRater.SplitNanos(amount, contributors);
        var accruals = contributors.Select((c, i) => new Accrual(c.CreatorId, c.ShareBasisPoints, parts[i])).ToList();
        return (ToStored(e, EventStatus.Licensed, rating.LicenceId, currency, amount, accruals), null);
    }

    private StoredEvent ToStored(UsageEventRecord e, string status, string? licenceId, string? currency, long amountNanos, IReadOnlyList<Accrual> accruals) => new(
        e.EventId, e.ModelId, e.WorkId, (int)e.Use, e.Units, e.UnitKind, (int)e.AttributionWeightPpm!.Value,
        e.OccurredAt!.Value.ToUnixTimeMilliseconds(), receivedAt.ToUnixTimeMilliseconds(),
        e.AttributionMethod, e.AttributionMethodVersion, status, licenceId, currency, amountNanos, accruals)
    {
        TerritoryCode = e.TerritoryCode,
        RevenueMicros = e.RevenueMicros,
        RevenueCurrency = e.RevenueMicros is null ? null : e.RevenueCurrency,
    };
}
