namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>Why one line of a DSR file is not sent: its line, record type, the cell (by its name in the standard), the cell's value and what is wrong.</summary>
internal sealed record DsrProblem(int Line, string RecordType, string Field, string Value, string Message);
