using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// What one append writes: its drafts numbered from the head on and chained to its hash, and the change each
/// (account, currency) balance takes, summed over all the drafts and sorted so that concurrent writers lock balance
/// rows in the same order.
/// </summary>
internal sealed class JournalRows
{
    private JournalRows(int partition, IReadOnlyList<ChainedEntry> entries, long recordedAtUnixMs, IReadOnlyList<AccountBalance> balanceChanges)
    {
        Partition = partition;
        Entries = entries;
        RecordedAtUnixMs = recordedAtUnixMs;
        BalanceChanges = balanceChanges;
    }

    /// <summary>The partition whose chain the entries extend and whose balance rows they add to.</summary>
    public int Partition { get; }

    public IReadOnlyList<ChainedEntry> Entries { get; }

    public long RecordedAtUnixMs { get; }

    public IReadOnlyList<AccountBalance> BalanceChanges { get; }

    public ChainedEntry Last => Entries[^1];

    /// <summary>Gives the drafts the numbers given, in order, and chains each to the hash before it in the partition.</summary>
    public static JournalRows Chain(int partition, IReadOnlyList<JournalEntryDraft> drafts, IReadOnlyList<long> numbers, byte[] headHash, long recordedAtUnixMs)
    {
        var entries = new List<ChainedEntry>(drafts.Count);
        var changes = new Dictionary<(string Account, string Currency), Int128>();
        var prevHash = headHash;
        foreach (var draft in drafts)
        {
            var entryNo = numbers[entries.Count];
            var hash = JournalHash.Compute(prevHash, entryNo, draft.Kind, recordedAtUnixMs, draft.Reference, draft.Lines);
            entries.Add(new ChainedEntry(entryNo, draft, prevHash, hash));
            foreach (var line in draft.Lines)
            {
                var key = (line.Account, line.Currency);
                changes[key] = LedgerAmounts.Add(changes.GetValueOrDefault(key), line.AmountNanos, $"account {line.Account}'s change in {line.Currency} in one append");
            }

            prevHash = hash;
        }

        return new JournalRows(partition, entries, recordedAtUnixMs, Sorted(changes));
    }

    private static List<AccountBalance> Sorted(Dictionary<(string Account, string Currency), Int128> changes)
    {
        var sorted = new List<AccountBalance>(changes.Count);
        foreach (var (key, change) in changes.OrderBy(c => c.Key.Account, StringComparer.Ordinal).ThenBy(c => c.Key.Currency, StringComparer.Ordinal))
        {
            sorted.Add(new AccountBalance(key.Account, key.Currency, change));
        }

        return sorted;
    }
}
