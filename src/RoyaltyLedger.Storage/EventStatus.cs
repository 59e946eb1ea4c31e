namespace RoyaltyLedger.Storage;

/// <summary>How a stored event stands with respect to licensing.</summary>
public static class EventStatus
{
    public const string Licensed = "licensed";
    public const string Unlicensed = "unlicensed";

    /// <summary>The work named is not registered; the event waits in suspense to be matched.</summary>
    public const string Unidentified = "unidentified";
}
