namespace RoyaltyLedger.Cli.Import.Cwr;

/// <summary>A transaction the registry state refuses before any call is made (e.g. an NWR for a work registered with other shares).</summary>
internal sealed class CwrTransactionRejected : Exception
{
    public CwrTransactionRejected()
    {
        Field = "";
    }

    public CwrTransactionRejected(string message)
        : base(message)
    {
        Field = "";
    }

    public CwrTransactionRejected(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    public CwrTransactionRejected(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Field { get; }
}
