namespace RoyaltyLedger.Grains.Registry;

/// <summary>The state of a registry grain that holds one immutable profile (creator, operator, model).</summary>
[GenerateSerializer, Alias("rl.ProfileState.v1`1")]
public sealed class ProfileState<TProfile>
    where TProfile : class
{
    [Id(0)] public TProfile? Profile { get; set; }
}
