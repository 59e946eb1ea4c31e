using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>One row of a usage file: an event to send, or the first problem that keeps it from being sent.</summary>
internal readonly record struct UsageRow(int Line, UsageEvent? Event, RowProblem? Problem)
{
    public static UsageRow Of(int line, UsageEvent usageEvent) => new(line, usageEvent, null);

    public static UsageRow Malformed(int line, string column, string message) => new(line, null, new RowProblem(line, column, message));
}
