namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// A statement line (its keys, counts and amount, as the statement shows them) and the journal lines it cites: its
/// amount is minus the sum of the cited lines (the party's credits). A line priced at nothing cites none.
/// </summary>
public sealed record ProvenLine(
    string WorkId,
    string WorkTitle,
    string OperatorId,
    string ModelId,
    int UseKind,
    string Status,
    string UnitKind,
    string Currency,
    string Period,
    long EventCount,
    string Units,
    string AmountNanos,
    IReadOnlyList<LineCitation> Citations)
{
    /// <summary>How failures name the line: work, model and month, then the rest of its keys.</summary>
    public string Name => $"work {WorkId} model {ModelId} month {Period} (operator {OperatorId}, use {UseKind}, {Status}, unit {UnitKind}, {Currency})";
}
