namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A publisher, label or agency holding rights in works.</summary>
[GenerateSerializer, Immutable, Alias("rl.RightsholderProfile.v1")]
public sealed record RightsholderProfile(
    [property: Id(0)] string RightsholderId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Kind);
