using RoyaltyLedger.Domain;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A counted event decoded from the usage log, with its place there. <see cref="WorkId"/> is empty when the operator
/// named the work only by <see cref="Ref"/>; <see cref="Ref"/> is null when no identifier was given.
/// </summary>
internal sealed record LoggedUse(
    long LogSeq,
    int EventIndex,
    string OperatorId,
    string EventId,
    string ModelId,
    string WorkId,
    WorkRef? Ref,
    UseKind Use,
    long Units,
    string UnitKind,
    int WeightPpm,
    DateTimeOffset OccurredAt,
    string TerritoryCode,
    long? RevenueMicros,
    string RevenueCurrency);
