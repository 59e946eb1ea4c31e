namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// A counted event naming a work nobody has registered, as kept in <c>unidentified_usage</c>: by
/// <see cref="WorkId"/> when the operator gave one, else by <see cref="RefScheme"/> and <see cref="RefValue"/>
/// (empty strings for whichever is absent).
/// </summary>
public sealed record UnidentifiedUse(
    long LogSeq,
    int EventIndex,
    string OperatorId,
    string EventId,
    string ModelId,
    string WorkId,
    string RefScheme,
    string RefValue,
    int UseKind,
    long Units,
    string UnitKind,
    long OccurredAtUnixMs);
