using System.Data.Common;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Storage;

// TEMPORARY until the journal branch merges: it supplies AppendJournalAsync.
#pragma warning disable CA1822 // replaced by the journal branch
public abstract partial class SqlLedgerStore
{
    internal Task<IReadOnlyList<long>> AppendJournalAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken) =>
        drafts.Count == 0 ? Task.FromResult<IReadOnlyList<long>>([]) : throw new NotSupportedException("journal not merged yet");
}
