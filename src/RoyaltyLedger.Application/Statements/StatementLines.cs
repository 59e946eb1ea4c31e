using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Statements;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// A statement's lines as both readers build them (the statement query and the creator grain): one line per stored
/// row, in ordinal order over every grouping column, so that SQLite's and PostgreSQL's collations give the same statement.
/// </summary>
public static class StatementLines
{
    public static StatementLineView FromRow(StatementRow row, string workTitle)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.WorkId, workTitle, row.OperatorId, row.ModelId, (UseKind)row.UseKind, row.Status,
            row.EventCount, row.Units, row.UnitKind, row.Currency, row.AmountNanos, row.Period);
    }

    public static readonly IComparer<StatementLineView> Ordering = Comparer<StatementLineView>.Create((a, b) =>
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
