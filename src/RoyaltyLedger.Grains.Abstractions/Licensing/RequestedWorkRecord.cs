using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>
/// One work of a request: the parties who decide it (its creators in the split in force when the request was filed,
/// and the rightsholders holding it) and whether it is pending, licensed, declined, withdrawn or lapsed.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.RequestedWorkRecord.v1")]
public sealed record RequestedWorkRecord(
    [property: Id(0)] string WorkId,
    [property: Id(1)] ImmutableArray<string> CreatorIds,
    [property: Id(2)] string Status,
    [property: Id(3)] string? LicenceId)
{
    public const string Pending = "pending";
    public const string Licensed = "licensed";
    public const string Declined = "declined";

    /// <summary>The operator withdrew the request while the work was pending.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The request's end passed before every party approved, so no licence term was left.</summary>
    public const string Lapsed = "lapsed";

    /// <summary>Rightsholders holding the work, sorted by id.</summary>
    [Id(4)]
    public ImmutableArray<string> RightsholderIds { get; init; } = [];

    public IEnumerable<RequestParty> Parties =>
        CreatorIds.Select(c => new RequestParty(RequestPartyKind.Creator, c))
            .Concat((RightsholderIds.IsDefault ? [] : RightsholderIds).Select(r => new RequestParty(RequestPartyKind.Rightsholder, r)));
}
