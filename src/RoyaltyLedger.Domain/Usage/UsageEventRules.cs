using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Usage;

/// <summary>Checks an event on its own, before anything about models or works is known.</summary>
public static class UsageEventRules
{
    /// <summary>Units above this are taken for a corrupted counter rather than a real use.</summary>
    public const long MaxUnits = 1_000_000_000_000_000;

    public static EventRejection? Validate(int index, UsageEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var prefix = $"events[{index}]";
        return Id(index, $"{prefix}.event_id", e.EventId)
            ?? Id(index, $"{prefix}.model_id", e.ModelId)
            ?? Id(index, $"{prefix}.work_id", e.WorkId)
            ?? Id(index, $"{prefix}.unit_kind", e.UnitKind)
            ?? CheckUse(index, prefix, e.Use)
            ?? CheckUnits(index, prefix, e.Units)
            ?? CheckWeight(index, prefix, e.AttributionWeightPpm)
            ?? CheckOccurredAt(index, prefix, e.OccurredAt);
    }

    private static EventRejection? Id(int index, string field, string value)
    {
        if (EntityIds.Check(field, value) is not { } violation)
        {
            return null;
        }

        var reason = string.IsNullOrEmpty(value) ? RejectionReason.MissingField : RejectionReason.InvalidValue;
        return new EventRejection(index, reason, field, violation.Description);
    }

    private static EventRejection? CheckUse(int index, string prefix, UseKind use) =>
        use is UseKind.Training or UseKind.FineTuning or UseKind.Retrieval or UseKind.Output
            ? null
            : new EventRejection(index, use == UseKind.Unspecified ? RejectionReason.MissingField : RejectionReason.InvalidValue,
                $"{prefix}.use", $"{prefix}.use is {(int)use} ({use}), expected training, fine-tuning, retrieval or output");

    private static EventRejection? CheckUnits(int index, string prefix, long units) =>
        units is > 0 and <= MaxUnits
            ? null
            : new EventRejection(index, RejectionReason.InvalidValue, $"{prefix}.units",
                $"{prefix}.units is {units:N0}, expected 1 to {MaxUnits:N0}");

    private static EventRejection? CheckWeight(int index, string prefix, long? weight) => weight switch
    {
        null => new EventRejection(index, RejectionReason.MissingField, $"{prefix}.attribution_weight_ppm",
            $"{prefix}.attribution_weight_ppm is required (0 to {Scales.PartsPerMillionWhole:N0})"),
        < 0 or > Scales.PartsPerMillionWhole => new EventRejection(index, RejectionReason.InvalidValue,
            $"{prefix}.attribution_weight_ppm",
            $"{prefix}.attribution_weight_ppm is {weight:N0}, expected 0 to {Scales.PartsPerMillionWhole:N0}"),
        _ => null,
    };

    private static EventRejection? CheckOccurredAt(int index, string prefix, DateTimeOffset? occurredAt) =>
        occurredAt is null
            ? new EventRejection(index, RejectionReason.MissingField, $"{prefix}.occurred_at", $"{prefix}.occurred_at is required")
            : null;
}
