namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>Who decides on a licence request besides the operator. Unspecified only in a decision by an admin, who names an id alone.</summary>
[GenerateSerializer]
public enum RequestPartyKind
{
    Unspecified = 0,
    Creator = 1,
    Rightsholder = 2,
}
