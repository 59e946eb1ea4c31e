namespace RoyaltyLedger.Application.Journal;

/// <summary>Walks the journal's hash chain from the first entry and says where it first breaks, if anywhere.</summary>
public sealed class VerifyJournal(IJournalStore journal)
{
    public Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken) => journal.VerifyAsync(cancellationToken);
}
