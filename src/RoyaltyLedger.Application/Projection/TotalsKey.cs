namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// The primary key of a <c>usage_totals</c> row. <see cref="PartyId"/> is a creator, or empty for the work as a
/// whole; <see cref="Currency"/> is empty when the use is unpriced; <see cref="Period"/> is the UTC month of use, yyyy-MM.
/// </summary>
public readonly record struct TotalsKey(
    string PartyId,
    string WorkId,
    string OperatorId,
    string ModelId,
    int UseKind,
    string Status,
    string UnitKind,
    string Currency,
    string Period) : IComparable<TotalsKey>
{
    /// <summary>Ordinal order over every column, so that concurrent writers lock rows in the same order.</summary>
    public int CompareTo(TotalsKey other)
    {
        var c = string.CompareOrdinal(PartyId, other.PartyId);
        if (c == 0) c = string.CompareOrdinal(WorkId, other.WorkId);
        if (c == 0) c = string.CompareOrdinal(OperatorId, other.OperatorId);
        if (c == 0) c = string.CompareOrdinal(ModelId, other.ModelId);
        if (c == 0) c = UseKind.CompareTo(other.UseKind);
        if (c == 0) c = string.CompareOrdinal(Status, other.Status);
        if (c == 0) c = string.CompareOrdinal(UnitKind, other.UnitKind);
        if (c == 0) c = string.CompareOrdinal(Currency, other.Currency);
        if (c == 0) c = string.CompareOrdinal(Period, other.Period);
        return c;
    }

    public static bool operator <(TotalsKey left, TotalsKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(TotalsKey left, TotalsKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(TotalsKey left, TotalsKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(TotalsKey left, TotalsKey right) => left.CompareTo(right) >= 0;
}
