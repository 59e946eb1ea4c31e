using RoyaltyLedger.Grains.Abstractions.Statements;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// A creator's statement as the query read it: the lines, how far behind the usage log they are, the creator's money
/// per currency, and the requests to remove the creator's works.
/// </summary>
public sealed record StatementResult(
    CreatorStatementView View,
    ProjectionLag Lag,
    IReadOnlyList<PartyAccount> Accounts,
    RemovalPage Removals);
