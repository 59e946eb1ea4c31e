namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// What rebuilding <c>account_balances</c> from the journal's lines found: the rows before and after, and how many
/// (account, currency) rows differed (held another amount, or were missing on one side). 0 means the projection was right.
/// </summary>
public sealed record BalanceRebuild(long RowsBefore, long RowsAfter, long RowsDiffered);
