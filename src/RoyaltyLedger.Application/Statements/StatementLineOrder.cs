using RoyaltyLedger.Grains.Abstractions.Statements;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// The order of a statement's lines: ordinal over every grouping column, so that SQLite's and PostgreSQL's collations
/// give the same statement (the order the creator grain's statement used).
/// </summary>
public static class StatementLineOrder
{
    public static readonly IComparer<StatementLineView> Instance = Comparer<StatementLineView>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.WorkId, b.WorkId);
        if (c == 0) c = string.CompareOrdinal(a.OperatorId, b.OperatorId);
        if (c == 0) c = string.CompareOrdinal(a.ModelId, b.ModelId);
        if (c == 0) c = a.Use.CompareTo(b.Use);
        if (c == 0) c = string.CompareOrdinal(a.LicenceStatus, b.LicenceStatus);
        if (c == 0) c = string.CompareOrdinal(a.UnitKind, b.UnitKind);
        if (c == 0) c = string.CompareOrdinal(a.Currency, b.Currency);
        if (c == 0) c = string.CompareOrdinal(a.Period, b.Period);
        return c;
    });
}
