namespace RoyaltyLedger.Domain.Licensing;

/// <summary>One use to be checked: who used which work with which model, how, when and where.</summary>
public sealed record UseOfWork(
    string OperatorId,
    string ModelId,
    string WorkId,
    UseKind Use,
    DateTimeOffset OccurredAt,
    string TerritoryCode);
