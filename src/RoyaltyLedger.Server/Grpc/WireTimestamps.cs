using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Reads a google.protobuf.Timestamp sent by a client. <see cref="Timestamp.ToDateTimeOffset"/> throws on seconds
/// outside 0001-01-01..9999-12-31 or nanos outside 0..999,999,999, which a call would answer UNKNOWN; every RPC reads
/// its Timestamps through here first, so that such a value is INVALID_ARGUMENT naming the field and both numbers.
/// </summary>
internal static class WireTimestamps
{
    /// <summary>The violation of a Timestamp out of range, naming the field and its seconds and nanos; null when it is valid or absent.</summary>
    public static FieldViolation? Check(string field, Timestamp? value) =>
        UsageEventWireRules.TimestampViolation(field, value) is { } message ? new FieldViolation(field, message) : null;

    /// <summary>
    /// The instant <paramref name="value"/> holds (null when absent), or false with the violation naming
    /// <paramref name="field"/> when it is out of range.
    /// </summary>
    public static bool TryRead(string field, Timestamp? value, out DateTimeOffset? instant, out FieldViolation? violation)
    {
        violation = Check(field, value);
        instant = violation is null ? value?.ToDateTimeOffset() : null;
        return violation is null;
    }

    /// <summary>The instant, or INVALID_ARGUMENT naming the field when it is out of range; null when absent.</summary>
    public static DateTimeOffset? ReadOrThrow(string field, Timestamp? value)
    {
        if (!TryRead(field, value, out var instant, out var violation))
        {
            RpcErrors.BadRequest([violation!]);
        }

        return instant;
    }
}
