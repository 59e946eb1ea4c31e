namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>A creator's answer to a licence request. Values match the wire enum.</summary>
[GenerateSerializer]
public enum RequestDecisionKind
{
    Pending = 1,
    Approved = 2,
    Declined = 3,
    Countered = 4,
}
