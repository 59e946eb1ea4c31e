using System.Data.Common;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;
using static System.FormattableString;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Verifies the journal a page at a time, each page its own short statements, so that neither memory nor a long read
/// (which on SQLite would hold back checkpoints) grows with the journal. Each entry is checked by <see cref="JournalVerifier"/>.
/// </summary>
internal sealed class PagedJournalVerifier(LedgerDatabase database, JournalAppender journal)
{
    /// <summary>Entries per page of verification.</summary>
    public const int VerifyPageEntries = 1_000;

    /// <summary>Lines per page of verification; a page always holds at least one entry.</summary>
    public const int VerifyPageLines = 50_000;

    public async Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The highest entry is read before the head: appends move both in one transaction, so an entry committed in
        // between cannot make the head look behind.
        await using var max = Command(connection, null, JournalSql.MaxEntryNo);
        var maxEntryNo = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        var (headEntryNo, headHash) = await journal.ReadHeadAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var verifier = new JournalVerifier();
        var problem = await VerifyPagesAsync(connection, verifier, headEntryNo, cancellationToken).ConfigureAwait(false);
        long? broken = problem is null ? null : verifier.Expected;
        if (problem is null && !verifier.LastHash.SequenceEqual(headHash))
        {
            broken = headEntryNo;
            problem = headEntryNo == 0
                ? $"journal_head is at entry 0 (no entries) but holds hash {JournalHash.ToHex(headHash)}, not the genesis hash of 32 zero bytes"
                : Invariant($"journal_head holds hash {JournalHash.ToHex(headHash)} for entry {headEntryNo}, but entry {headEntryNo}'s hash is {JournalHash.ToHex(verifier.LastHash)}");
        }
        else if (problem is null && maxEntryNo > headEntryNo)
        {
            broken = headEntryNo + 1;
            problem = Invariant($"entry {headEntryNo + 1}: it lies beyond journal_head, which is at entry {headEntryNo} (the journal holds entries up to {maxEntryNo})");
        }

        return new JournalVerification(verifier.Checked, headEntryNo, JournalHash.ToHex(headHash), broken, problem);
    }

    /// <summary>Checks entries 1 to the head; returns the first problem, or null when all are intact.</summary>
    private static async Task<string?> VerifyPagesAsync(DbConnection connection, JournalVerifier verifier, long headEntryNo, CancellationToken cancellationToken)
    {
        while (verifier.Expected <= headEntryNo)
        {
            var headers = await JournalHeaders.ReadAsync(connection, verifier.Expected, headEntryNo, VerifyPageEntries, VerifyPageLines, cancellationToken).ConfigureAwait(false);
            if (headers.Count == 0)
            {
                return Invariant($"entry {verifier.Expected} is missing: journal_head is at entry {headEntryNo}, but the journal ends at entry {verifier.Expected - 1}");
            }

            await using var command = Command(connection, null, JournalSql.Lines, ("f", headers[0].EntryNo), ("t", headers[^1].EntryNo));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var lines = await LineCursor.StartAsync(reader, cancellationToken).ConfigureAwait(false);
            foreach (var header in headers)
            {
                if (await verifier.CheckAsync(header, lines, cancellationToken).ConfigureAwait(false) is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }
}
