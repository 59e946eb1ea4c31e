using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A creator statement as a reader would want it: one line per work, model and use, then totals.</summary>
internal static class StatementPrinter
{
    public static async Task WriteAsync(TextWriter output, CreatorStatement statement)
    {
        await output.WriteLineAsync($"Statement for {statement.DisplayName} ({statement.CreatorId}){Months(statement)}");
        await output.WriteLineAsync(Lag(statement));
        var table = new Table("WORK", "TITLE", "OPERATOR", "MODEL", "USE", "STATUS", "MONTH", "EVENTS", "UNITS", "OWED").AlignRight(7, 8, 9);
        foreach (var l in statement.Lines)
        {
            var owed = l.Currency.Length == 0 ? "not priced" : $"{l.Currency} {MoneyFormat.Nanos(l.AmountNanos.Nanos())}";
            table.Add(l.WorkId, l.WorkTitle, l.OperatorId, l.ModelId, UseNames.Of(l.Use), l.LicenceStatus, l.Period,
                $"{l.EventCount:N0}", $"{l.Units.Nanos():N0} {l.UnitKind}", owed);
        }

        if (table.Count == 0)
        {
            await output.WriteLineAsync("  no uses recorded yet");
        }
        else
        {
            await table.WriteAsync(output);
        }

        foreach (var total in statement.Totals)
        {
            await output.WriteLineAsync($"Total owed: {total.Currency} {MoneyFormat.Nanos(total.AmountNanos.Nanos())}");
        }

        if (statement.UnlicensedEventCount > 0)
        {
            await output.WriteLineAsync($"Unlicensed uses, flagged and not yet priced: {statement.UnlicensedEventCount:N0} events");
        }

        foreach (var a in statement.Accounts)
        {
            await output.WriteLineAsync(
                $"Account {a.Currency}: accrued {MoneyFormat.Nanos(a.AccruedNanos.Nanos())} + adjustments for past uses {MoneyFormat.Nanos(a.AdjustmentsNanos.Nanos())} " +
                $"- commission {MoneyFormat.Nanos(a.CommissionNanos.Nanos())} - paid {MoneyFormat.Nanos(a.PaidNanos.Nanos())} = owed (carried forward) {MoneyFormat.Nanos(a.OwedNanos.Nanos())}" +
                (a.ClaimsNanos.Nanos() == 0 ? "" : $"; claims not yet settled {MoneyFormat.Nanos(a.ClaimsNanos.Nanos())}"));
        }
        await WriteRemovalsAsync(output, statement);

        await output.WriteLineAsync();
    }

    private static async Task WriteRemovalsAsync(TextWriter output, CreatorStatement statement)
    {
        if (statement.Removals.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync("Removal requests:");
        var table = RemovalPrinter.NewTable();
        foreach (var removal in statement.Removals)
        {
            RemovalPrinter.AddRow(table, removal);
        }

        await table.WriteAsync(output);
        var violated = statement.Removals.Count(r => r.Status == "violated");
        if (violated > 0)
        {
            await output.WriteLineAsync($"Violations: {violated:N0} of these removals were followed by training or fine-tuning on the work");
        }

        if (statement.MoreRemovals)
        {
            await output.WriteLineAsync("More removal requests exist than are shown: royalty removals list");
        }
    }

    /// <summary>"As of log position N, M batches pending", and the works whose past uses wait to be re-rated.</summary>
    public static string Lag(CreatorStatement s) =>
        $"As of log position {s.AsOfLogPosition:N0}, {s.PendingBatches:N0} batches pending" +
        (s.WorksPendingRerate == 0 ? "" : $", {s.WorksPendingRerate:N0} works awaiting re-rating");

    private static string Months(CreatorStatement s) => (s.PeriodFrom, s.PeriodTo) switch
    {
        ("", "") => "",
        (var from, "") => $", months from {from}",
        ("", var to) => $", months up to {to}",
        (var from, var to) => $", months {from} to {to}",
    };
}
