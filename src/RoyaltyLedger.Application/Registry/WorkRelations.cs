namespace RoyaltyLedger.Application.Registry;

/// <summary>How a party relates to a work in the <c>work_parties</c> index.</summary>
public static class WorkRelations
{
    public const string Contributor = "contributor";
    public const string Rightsholder = "rightsholder";
}
