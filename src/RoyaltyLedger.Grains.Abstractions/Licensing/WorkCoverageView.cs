using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>Whether a licence covers a work for every use it lists, and if not, each gap (see <see cref="LicenceCoverage"/>).</summary>
[GenerateSerializer, Immutable, Alias("rl.WorkCoverageView.v1")]
public sealed record WorkCoverageView(
    [property: Id(0)] string WorkId,
    [property: Id(1)] bool Covered,
    [property: Id(2)] ImmutableArray<CoverageGapView> Gaps)
{
    public static WorkCoverageView Of(WorkCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new(coverage.WorkId, coverage.Covered, [.. coverage.Gaps.Select(g => new CoverageGapView(g.Use, g.CreatorId, g.Kind, g.Reason))]);
    }
}

/// <summary>One reason a licence does not cover a work: for one use and creator, or (both null) for every use.</summary>
[GenerateSerializer, Immutable, Alias("rl.CoverageGapView.v1")]
public sealed record CoverageGapView(
    [property: Id(0)] UseKind? Use,
    [property: Id(1)] string? CreatorId,
    [property: Id(2)] CoverageGapKind Kind,
    [property: Id(3)] string Reason);
