using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.Log;

/// <summary>Checks of the log's requests that every use case shares, each naming the field and the value.</summary>
internal static class LogRequests
{
    public static void CheckPartition(LedgerPartitioning partitioning, int partition)
    {
        if (partition < 0 || partition >= partitioning.Count)
        {
            throw new InvalidRequestException("partition", $"partition {partition} does not exist; this ledger has partitions 0 to {partitioning.Count - 1}");
        }
    }

    public static void CheckSize(string field, long size, long logSize, int partition)
    {
        if (size < 1 || size > logSize)
        {
            throw new InvalidRequestException(field, $"{field} {size} is outside partition {partition}'s log of {logSize} entries (1 to {logSize})");
        }
    }
}
