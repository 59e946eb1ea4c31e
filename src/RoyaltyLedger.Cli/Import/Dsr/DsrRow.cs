namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>One line of a DSR file after reading: a usage to send, a problem to report, or neither (a record read for context, or ignored).</summary>
internal readonly record struct DsrRow(int Line, string RecordType, DsrUsage? Usage, DsrProblem? Problem)
{
    public static DsrRow Context(int line, string recordType) => new(line, recordType, null, null);

    public static DsrRow Of(int line, DsrUsage usage) => new(line, usage.RecordType, usage, null);

    public static DsrRow Rejected(int line, string recordType, string field, string value, string message) =>
        new(line, recordType, null, new DsrProblem(line, recordType, field, value, message));
}
