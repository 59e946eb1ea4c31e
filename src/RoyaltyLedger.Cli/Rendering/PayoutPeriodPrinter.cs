using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// What a cycle's gross is made of, by month of use (docs/payouts.md): the cycle's own months, late uses of months an
/// earlier cycle closed, and what was brought forward. Printed after the cycle's summary.
/// </summary>
internal static class PayoutPeriodPrinter
{
    public static async Task WriteAsync(TextWriter output, PayoutCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(cycle);
        if (cycle.Period.Length == 0)
        {
            return;
        }

        await output.WriteLineAsync($"period of use {cycle.Period}; what each gross is made of:");
        var table = new Table("PARTY", "MONTH", "KIND", "AMOUNT").AlignRight(3);
        foreach (var line in cycle.Lines)
        {
            foreach (var part in line.Parts)
            {
                table.Add(line.PartyId, part.Period, part.Kind, MoneyFormat.Nanos(part.AmountNanos.Nanos()));
            }

            if (line.BroughtForwardNanos.Length > 0 && line.BroughtForwardNanos.Nanos() != 0)
            {
                table.Add(line.PartyId, "", "brought forward", MoneyFormat.Nanos(line.BroughtForwardNanos.Nanos()));
            }
        }

        if (table.Count == 0)
        {
            await output.WriteLineAsync("(nothing is owed for this period)");
            return;
        }

        await table.WriteAsync(output);
    }
}
