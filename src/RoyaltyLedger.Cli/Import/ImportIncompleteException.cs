namespace RoyaltyLedger.Cli.Import;

/// <summary>Some rows of an import were rejected; the command exits 1 after reporting them.</summary>
internal sealed class ImportIncompleteException : Exception
{
    public ImportIncompleteException()
    {
    }

    public ImportIncompleteException(string message)
        : base(message)
    {
    }

    public ImportIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
