using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Statements;

/// <summary>A creator's statement, lines in a stable order. Null display name: the creator is not registered.</summary>
[GenerateSerializer, Immutable, Alias("rl.CreatorStatementView.v1")]
public sealed record CreatorStatementView(
    [property: Id(0)] string CreatorId,
    [property: Id(1)] string? DisplayName,
    [property: Id(2)] ImmutableArray<StatementLineView> Lines);
