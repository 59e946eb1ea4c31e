using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Storage;

/// <summary>Appends to the journal: numbering, chaining, lines and balances, in the caller's transaction or one of its own.</summary>
public partial class SqlLedgerStore : IJournalStore
{
    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        JournalAppender.CheckDrafts(drafts);
        return drafts.Count == 0
            ? Task.FromResult<IReadOnlyList<long>>([])
            : WriteAsync((connection, transaction) => JournalAppender.AppendCheckedAsync(connection, transaction, drafts, recordedAtUnixMs, cancellationToken), cancellationToken);
    }
}
