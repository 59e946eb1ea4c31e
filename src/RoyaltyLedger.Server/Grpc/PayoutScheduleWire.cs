using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using DomainSchedule = RoyaltyLedger.Domain.Registry.PayoutSchedule;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>A society's payout schedule between the wire and its stored profile.</summary>
internal static class PayoutScheduleWire
{
    /// <summary>The violations naming each field and value; an unset schedule is one only when <paramref name="required"/>.</summary>
    public static IReadOnlyList<FieldViolation> Check(string field, PayoutSchedule? wire, bool required) => wire is null
        ? required ? [new FieldViolation(field, $"{field} is required: frequency, days_after_period_end and minimum_payout_minor")] : []
        : DomainOf(wire).Validate(field);

    public static SocietyPayoutSchedule? ToProfile(PayoutSchedule? wire) =>
        wire is null ? null : new SocietyPayoutSchedule(wire.Frequency, Days(wire), wire.MinimumPayoutMinor);

    public static PayoutSchedule? ToWire(SocietyPayoutSchedule? profile) => profile is null ? null : new PayoutSchedule
    {
        Frequency = profile.Frequency,
        DaysAfterPeriodEnd = (uint)profile.DaysAfterPeriodEnd,
        MinimumPayoutMinor = profile.MinimumPayoutMinor,
    };

    private static DomainSchedule DomainOf(PayoutSchedule wire) => new(wire.Frequency, Days(wire), wire.MinimumPayoutMinor);

    // A value past int's range is still refused by name, as "is 2,147,483,647": never wrapped into an accepted one.
    private static int Days(PayoutSchedule wire) => (int)Math.Min(wire.DaysAfterPeriodEnd, int.MaxValue);
}
