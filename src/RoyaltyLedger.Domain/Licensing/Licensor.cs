namespace RoyaltyLedger.Domain.Licensing;

/// <summary>The party granting a licence: a creator id or a rightsholder id.</summary>
public readonly record struct Licensor(LicensorKind Kind, string Id)
{
    public static Licensor OfCreator(string creatorId) => new(LicensorKind.Creator, creatorId);

    public static Licensor OfRightsholder(string rightsholderId) => new(LicensorKind.Rightsholder, rightsholderId);

    public override string ToString() => Kind switch
    {
        LicensorKind.Creator => $"creator {Id}",
        LicensorKind.Rightsholder => $"rightsholder {Id}",
        _ => $"licensor {Id} of kind {(int)Kind}",
    };
}
