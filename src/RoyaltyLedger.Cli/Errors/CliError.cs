namespace RoyaltyLedger.Cli.Errors;

/// <summary>
/// One failure as the user reads it: a stable code (gRPC's canonical names for server errors, USAGE for a command line
/// the parser refused, INVALID_INPUT for a file that cannot be read, CANCELLED, FAILED) and a message on one line.
/// </summary>
internal sealed record CliError(string Code, string Message, IReadOnlyList<(string Field, string Description)> Fields)
{
    public const string Usage = "USAGE";
    public const string InvalidInput = "INVALID_INPUT";
    public const string Cancelled = "CANCELLED";
    public const string Failed = "FAILED";

    public CliError(string code, string message)
        : this(code, message, [])
    {
    }

    /// <summary>The process's exit code: 130 after Ctrl+C (as shells report SIGINT), 1 for every other failure.</summary>
    public int ExitCode => Code == Cancelled ? 130 : 1;
}
