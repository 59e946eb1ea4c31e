using RoyaltyLedger.Domain;

namespace RoyaltyLedger.Grains.Abstractions.Statements;

/// <summary>One creator's earnings from one work, by operator, model, use, licence status, unit kind, currency and month of use.</summary>
[GenerateSerializer, Immutable, Alias("rl.StatementLineView.v2")]
public sealed record StatementLineView(
    [property: Id(0)] string WorkId,
    [property: Id(1)] string WorkTitle,
    [property: Id(2)] string OperatorId,
    [property: Id(3)] string ModelId,
    [property: Id(4)] UseKind Use,
    [property: Id(5)] string LicenceStatus,
    [property: Id(6)] long EventCount,
    [property: Id(7)] Int128 Units,
    [property: Id(8)] string UnitKind,
    [property: Id(9)] string Currency,
    [property: Id(10)] Int128 AmountNanos,
    [property: Id(11)] string Period);
