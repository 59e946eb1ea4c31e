namespace RoyaltyLedger.Application.Statements;

/// <summary>One creator's accruals from one work, grouped by operator, model, use, status, unit, currency and month of use (yyyy-MM).</summary>
public sealed record StatementRow(
    string WorkId,
    string OperatorId,
    string ModelId,
    int UseKind,
    string Status,
    string UnitKind,
    string Currency,
    string Period,
    long EventCount,
    Int128 Units,
    Int128 AmountNanos);
