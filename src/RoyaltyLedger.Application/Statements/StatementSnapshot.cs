using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// A creator's statement as one database snapshot holds it: the lag, the creator's display name (null when the creator
/// is not registered), the lines with their works' titles ("" for a work not registered) and the money per currency.
/// </summary>
public sealed record StatementSnapshot(
    ProjectionLag Lag,
    string? DisplayName,
    IReadOnlyList<TitledStatementRow> Rows,
    IReadOnlyList<PartyAccount> Accounts);
