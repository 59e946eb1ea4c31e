namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// Part of a member's gross in a cycle (docs/payouts.md): what the uses of one month of use came to, in nanos owed.
/// <see cref="Kind"/> is <see cref="PeriodKind"/> for a month of the cycle's period, or <see cref="LateKind"/> for a
/// month an earlier cycle of the society already closed, counting only entries recorded since the society's last cycle.
/// What the parts do not cover ("brought forward": amounts carried or held before, lines without a month) is the gross
/// less their sum.
/// </summary>
public sealed record PayoutPart(string PartyId, string Period, string Kind, Int128 AmountNanos)
{
    public const string PeriodKind = "period";

    public const string LateKind = "late";
}
