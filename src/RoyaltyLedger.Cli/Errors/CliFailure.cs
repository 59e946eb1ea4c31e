namespace RoyaltyLedger.Cli.Errors;

/// <summary>A command's own failure, already worded for the user; printed as it is, with its code.</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure()
        : this(CliError.Failed, "the command failed")
    {
    }

    public CliFailure(string message)
        : this(CliError.Failed, message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = CliError.Failed;
    }

    public CliFailure(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
