using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A work as its registrant describes it: title, medium and contributors with splits.</summary>
[GenerateSerializer, Immutable, Alias("rl.WorkDefinition.v1")]
public sealed record WorkDefinition(
    [property: Id(0)] string WorkId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Medium,
    [property: Id(3)] ImmutableArray<ContributorShare> Contributors)
{
    /// <summary>Public identifiers (ISWC, ISRC, ISBN-13, DOI, ISCC), normalized.</summary>
    [Id(4)]
    public ImmutableArray<IdentifierRecord> Identifiers { get; init; } = [];

    /// <summary>Rightsholders (publishers, labels, agencies) whose catalogue holds the work, sorted; their catalogue licences can cover it.</summary>
    [Id(5)]
    public ImmutableArray<string> RightsholderIds { get; init; } = [];

    public bool SameAs(WorkDefinition other) =>
        other is not null
        && WorkId == other.WorkId && Title == other.Title && Medium == other.Medium
        && Contributors.SequenceEqual(other.Contributors)
        && Identifiers.SequenceEqual(other.Identifiers)
        && (RightsholderIds.IsDefault ? [] : RightsholderIds).SequenceEqual(other.RightsholderIds.IsDefault ? [] : other.RightsholderIds);
}
