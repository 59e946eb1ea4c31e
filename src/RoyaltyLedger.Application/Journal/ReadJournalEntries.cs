using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.Journal;

/// <summary>Reads a page of journal entries; an entry that does not read back as it was written refuses the page.</summary>
public sealed class ReadJournalEntries(IJournalStore journal)
{
    /// <summary>Up to <paramref name="limit"/> entries from entry <paramref name="fromEntryNo"/> (1 or more) on.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(long fromEntryNo, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await journal.ReadEntriesAsync(fromEntryNo, limit, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new PreconditionFailedException($"{ex.Message}; run VerifyJournal");
        }
    }
}
