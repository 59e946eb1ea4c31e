namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>The request after a decision, or why the decision was not taken (nothing changed then).</summary>
[GenerateSerializer, Immutable, Alias("rl.DecisionResult.v1")]
public sealed record DecisionResult([property: Id(0)] LicenceRequestView? Request, [property: Id(1)] string? Refusal);
