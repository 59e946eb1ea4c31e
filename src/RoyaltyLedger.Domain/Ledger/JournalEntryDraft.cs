namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// A journal entry before the ledger numbers, times and chains it. <see cref="Kind"/> is one of
/// <see cref="EntryKinds"/>; <see cref="Reference"/> says what the entry derives from (log rows, the work and reason
/// of a re-rating, a payout cycle) in a form a person can read and a program can parse. Its lines balance per
/// currency: debits equal credits.
/// </summary>
public sealed record JournalEntryDraft(string Kind, string Reference, IReadOnlyList<PostingLine> Lines);
