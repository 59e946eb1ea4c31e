namespace RoyaltyLedger.Cli.Usage;

/// <summary>What is wrong with one row: its line, the column (or JSON key) and a message naming the value.</summary>
internal sealed record RowProblem(int Line, string Column, string Message);
