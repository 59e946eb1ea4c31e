using System.Globalization;
using System.Text;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A payout cycle as a readable summary, or as the payout file a society's bank run takes (CSV).</summary>
internal static class PayoutPrinter
{
    private static readonly CsvField[] CsvHeader =
        ["party_id", "identifiers", "currency", "gross", "commission", "net", "paid_minor", "paid", "carried", "held"];

    public static async Task WriteSummaryAsync(TextWriter output, PayoutCycle cycle)
    {
        var s = cycle.Summary;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cycle {cycle.CycleId} ({cycle.Status}) of {cycle.SocietyId} in {cycle.Currency}, journal up to entry {cycle.CutoffEntryNo}, commission {cycle.CommissionBps} bps"));
        var table = new Table("PARTY", "GROSS", "COMMISSION", "PAID", "CARRIED", "HELD").AlignRight(1, 2, 3, 4);
        foreach (var l in cycle.Lines)
        {
            table.Add(l.PartyId, MoneyFormat.Nanos(l.GrossNanos.Nanos()), MoneyFormat.Nanos(l.CommissionNanos.Nanos()), MoneyFormat.Nanos(l.PaidNanos.Nanos()),
                MoneyFormat.Nanos(l.CarriedNanos.Nanos()), l.Held ? "held" : "");
        }

        await table.WriteAsync(output);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"payable {MoneyFormat.Nanos(s.PayableNanos.Nanos())} = paid {MoneyFormat.Nanos(s.PaidNanos.Nanos())} + commission {MoneyFormat.Nanos(s.CommissionNanos.Nanos())} + carried {MoneyFormat.Nanos(s.CarriedNanos.Nanos())} + held {MoneyFormat.Nanos(s.HeldNanos.Nanos())}; {s.PartiesPaid} paid, {s.PartiesHeld} held, {s.SuspenseEvents} uses in suspense"));
        if (cycle.MerkleRoot.Length > 0)
        {
            await output.WriteLineAsync($"merkle root {cycle.MerkleRoot}, journal entry {cycle.JournalEntryNo}");
        }
    }

    /// <summary>
    /// The payout file, written by CsvText like every other export so that one writer quotes and guards every CSV
    /// cell we produce (RFC 4180, CRLF line ends). Amounts are numeric cells in exact decimal units of the currency.
    /// </summary>
    public static string Csv(PayoutCycle cycle)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, CsvHeader);
        foreach (var l in cycle.Lines)
        {
            CsvText.AppendRow(csv,
            [
                l.PartyId, string.Join(';', l.Identifiers), l.Currency, Amount(l.GrossNanos.Nanos()), Amount(l.CommissionNanos.Nanos()),
                Amount(l.GrossNanos.Nanos() - l.CommissionNanos.Nanos()), CsvField.Number(Int128Wire.Format(l.PaidMinor.Nanos())), Amount(l.PaidNanos.Nanos()), Amount(l.CarriedNanos.Nanos()),
                l.Held ? "true" : "false",
            ]);
        }

        return csv.ToString();
    }

    /// <summary>Exact decimal text without group separators, for files that other programs read.</summary>
    private static CsvField Amount(Int128 nanos) => CsvField.Number(MoneyFormat.DecimalNanos(nanos));
}
