namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Where a licence's licensor stands in a split: a contributor's index, or one of these markers.</summary>
internal static class LicensorIndex
{
    /// <summary>The licensor is a rightsholder, whose licence stands in for no contributor's consent.</summary>
    public const short Rightsholder = -1;

    /// <summary>The licensor is a creator who is not a contributor under this split, so cannot license the work then.</summary>
    public const short NotAContributor = -2;

    public static short Of(Licence licence, string[] creatorIds) =>
        licence.Licensor.Kind != LicensorKind.Creator ? Rightsholder
            : Array.IndexOf(creatorIds, licence.Licensor.Id) is var index and >= 0 ? (short)index
            : NotAContributor;
}
