namespace RoyaltyLedger.Grains.Abstractions;

/// <summary>The outcome of a registration and the entity as now held.</summary>
[GenerateSerializer, Immutable, Alias("rl.Registration.v1`1")]
public sealed record Registration<T>([property: Id(0)] RegistrationOutcome Outcome, [property: Id(1)] T Current);
