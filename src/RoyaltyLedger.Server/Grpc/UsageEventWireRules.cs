using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RejectionReason = RoyaltyLedger.Domain.Usage.RejectionReason;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Checks what an event's wire form must hold before it can be mapped to the domain at all. Every conversion of
/// <see cref="Mapping.ToDomain(Contracts.V1.UsageEvent)"/> was audited for what it can throw: strings that are not
/// UTF-8 are caught by <see cref="IngestWire"/>'s decoder, enum values the contract does not know are kept as numbers
/// and refused by the domain rules, numbers are only widened; a Timestamp is the one conversion that throws
/// (<see cref="Timestamp.ToDateTimeOffset"/> on seconds or nanos out of range), so it is checked here, per event.
/// </summary>
internal static class UsageEventWireRules
{
    /// <summary>0001-01-01T00:00:00Z, the earliest instant a protobuf Timestamp may hold.</summary>
    public const long MinTimestampSeconds = -62_135_596_800;

    /// <summary>9999-12-31T23:59:59Z, the latest whole second a protobuf Timestamp may hold.</summary>
    public const long MaxTimestampSeconds = 253_402_300_799;

    /// <summary>Nanos of a Timestamp are 0 to this, whatever the sign of its seconds.</summary>
    public const int MaxTimestampNanos = 999_999_999;

    /// <summary>The rejection of an event whose wire form cannot be mapped, or null when it can.</summary>
    public static EventRejectionRecord? Check(int index, Contracts.V1.UsageEvent e) =>
        TimestampViolation($"events[{index}].occurred_at", e.OccurredAt) is { } message
            ? new EventRejectionRecord(index, RejectionReason.InvalidValue, $"events[{index}].occurred_at", message)
            : null;

    /// <summary>Why <paramref name="value"/> is not a valid Timestamp, naming the field and its seconds and nanos; null when it is valid or absent.</summary>
    public static string? TimestampViolation(string field, Timestamp? value) =>
        value is null || (value.Seconds is >= MinTimestampSeconds and <= MaxTimestampSeconds && value.Nanos is >= 0 and <= MaxTimestampNanos)
            ? null
            : $"{field} is {{ seconds: {value.Seconds}, nanos: {value.Nanos} }}, expected seconds {MinTimestampSeconds:N0} to {MaxTimestampSeconds:N0} " +
              $"(0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to {MaxTimestampNanos:N0}";
}
