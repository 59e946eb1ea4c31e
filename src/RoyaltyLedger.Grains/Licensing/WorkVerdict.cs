using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>
/// Where one pending work of a request stands: still pending, declined, or ready to license, with the instant its
/// last approval took effect and the accepted counter pricing it, if any.
/// </summary>
internal readonly record struct WorkVerdict(string Status, DateTimeOffset? LastApprovalAt, CounterTerms? Counter)
{
    public static readonly WorkVerdict Pending = new(RequestedWorkRecord.Pending, null, null);

    public static readonly WorkVerdict Declined = new(RequestedWorkRecord.Declined, null, null);

    public bool IsReady => Status == RequestedWorkRecord.Licensed;
}
