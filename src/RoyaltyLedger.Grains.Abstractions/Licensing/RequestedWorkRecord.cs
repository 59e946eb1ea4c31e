using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>One work of a request: its creators, and whether it is pending, licensed or declined.</summary>
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
}
