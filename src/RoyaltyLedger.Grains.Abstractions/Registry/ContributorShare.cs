using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.ContributorShare.v1")]
public sealed record ContributorShare(
    [property: Id(0)] string CreatorId,
    [property: Id(1)] string Role,
    [property: Id(2)] int ShareBasisPoints)
{
    public Contributor ToDomain() => new(CreatorId, Role, ShareBasisPoints);
}
