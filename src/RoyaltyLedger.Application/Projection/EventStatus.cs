namespace RoyaltyLedger.Application.Projection;

/// <summary>How a stored event stands with respect to licensing.</summary>
public static class EventStatus
{
    public const string Licensed = "licensed";
    public const string Unlicensed = "unlicensed";

    /// <summary>A contributor in force explicitly refused the use: a violation, credited but never paid as licensed.</summary>
    public const string Refused = "refused";

    /// <summary>The work named is not registered; the event waits in suspense to be matched.</summary>
    public const string Unidentified = "unidentified";

    /// <summary>An unlicensed use whose claim the operator settled: paid at the unlicensed tariff.</summary>
    public const string Settled = "settled";
}
