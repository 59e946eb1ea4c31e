using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A validated public identifier in its normalized form.</summary>
[GenerateSerializer, Immutable, Alias("rl.IdentifierRecord.v1")]
public sealed record IdentifierRecord([property: Id(0)] IdentifierScheme Scheme, [property: Id(1)] string Value);
