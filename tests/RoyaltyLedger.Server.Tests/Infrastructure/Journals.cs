using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>Journal drafts for tests, each in accounts and works of its own prefix so that tests sharing a journal do not meet.</summary>
public static class Journals
{
    /// <summary>The instant the tests record entries at: 2026-11-18T11:06:40Z.</summary>
    public const long RecordedAtUnixMs = 1_795_000_000_000;

    /// <summary>A usage entry: the operator debited, two creators credited (3/4 and 1/4).</summary>
    public static JournalEntryDraft Usage(string prefix, long amountNanos, string currency = "EUR") => new(EntryKinds.Usage, $"{prefix} log 1-2",
    [
        new($"operator:{prefix}-op", $"{prefix}-w", currency, amountNanos),
        new($"party:{prefix}-a", $"{prefix}-w", currency, -(amountNanos - (amountNanos / 4))),
        new($"party:{prefix}-b", $"{prefix}-w", currency, -(amountNanos / 4)),
    ]);

    /// <summary>A draft of the given kind moving an amount from one account to another.</summary>
    public static JournalEntryDraft Move(string kind, string debit, string credit, string workId, Int128 amountNanos, string currency = "EUR") =>
        new(kind, $"{kind} {workId}", [new(debit, workId, currency, amountNanos), new(credit, workId, currency, -amountNanos)]);
}
