namespace RoyaltyLedger.Storage.Database;

/// <summary>The server's Ledger:Partitions differs from the count the ledger recorded when it was created; the server does not start.</summary>
public sealed class LedgerPartitionCountException : InvalidOperationException
{
    public LedgerPartitionCountException(string recorded, int configured)
        : base($"this ledger was created with {recorded} partitions (ledger_settings 'partitions'), but Ledger:Partitions is {configured}: " +
               $"set Ledger:Partitions to {recorded} to run it, or rebuild the ledger from its usage log into a new database to change the count (docs/partitions.md)")
    {
        Recorded = recorded;
        Configured = configured;
    }

    public LedgerPartitionCountException()
    {
        Recorded = "";
    }

    public LedgerPartitionCountException(string message)
        : base(message)
    {
        Recorded = "";
    }

    public LedgerPartitionCountException(string message, Exception innerException)
        : base(message, innerException)
    {
        Recorded = "";
    }

    /// <summary>The count in ledger_settings, as stored.</summary>
    public string Recorded { get; }

    /// <summary>The count the server was configured with.</summary>
    public int Configured { get; }
}
