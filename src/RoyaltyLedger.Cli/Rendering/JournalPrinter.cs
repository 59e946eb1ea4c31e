using System.Globalization;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>The journal for people: the verdict of a verification, entries with their lines, balances.</summary>
internal static class JournalPrinter
{
    public static async Task WriteAsync(TextWriter output, VerifyJournalResponse result)
    {
        await output.WriteLineAsync($"entries checked: {result.EntriesChecked:N0}");
        await output.WriteLineAsync($"head: entry {result.HeadEntryNo}, hash {result.HeadHashHex}");
        await output.WriteLineAsync(result.Intact
            ? "journal intact"
            : $"journal broken at entry {result.FirstBrokenEntryNo}: {result.Problem}");
    }

    public static async Task WriteAsync(TextWriter output, ListJournalEntriesResponse page)
    {
        if (page.Entries.Count == 0)
        {
            await output.WriteLineAsync($"no entries from entry {page.NextEntryNo} on");
            return;
        }

        foreach (var e in page.Entries)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(e.RecordedAtUnixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"entry {e.EntryNo} ({e.Kind}) recorded {at}: {e.Reference}");
            await output.WriteLineAsync($"  hash {e.HashHex}, prev {e.PrevHashHex}");
            if (e.Lines.Count == 0)
            {
                await output.WriteLineAsync("  no lines: a record that moves no money");
                continue;
            }

            var table = new Table("  ACCOUNT", "WORK", "CURRENCY", "DEBIT", "CREDIT").AlignRight(3, 4);
            foreach (var l in e.Lines)
            {
                var amount = MoneyFormat.Nanos(l.AmountNanos.Nanos()).TrimStart('-');
                table.Add("  " + l.Account, l.WorkId, l.Currency, l.AmountNanos.Nanos() >= 0 ? amount : "", l.AmountNanos.Nanos() < 0 ? amount : "");
            }

            await table.WriteAsync(output);
        }

        await output.WriteLineAsync($"next page: royalty ledger entries --from {page.NextEntryNo}");
    }

    public static async Task WriteAsync(TextWriter output, GetBalancesResponse response)
    {
        if (response.Balances.Count == 0)
        {
            await output.WriteLineAsync("no balances");
            return;
        }

        var table = new Table("ACCOUNT", "CURRENCY", "BALANCE").AlignRight(2);
        foreach (var b in response.Balances)
        {
            table.Add(b.Account, b.Currency, MoneyFormat.Nanos(b.AmountNanos.Nanos()));
        }

        await table.WriteAsync(output);
    }
}
