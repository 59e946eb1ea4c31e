namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>The statuses a <see cref="UseRating"/> can have; they are also the stored event statuses.</summary>
public static class UseRatings
{
    public const string Licensed = "licensed";
    public const string Unlicensed = "unlicensed";
    public const string Refused = "refused";
}
