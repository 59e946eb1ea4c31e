namespace RoyaltyLedger.Application.Statements;

/// <summary>A statement row and the title of its work as registered ("" when the work is not registered).</summary>
public sealed record TitledStatementRow(StatementRow Row, string WorkTitle);
