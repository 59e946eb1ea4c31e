using System.Globalization;
using System.Text;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// The creator statement page: who and which months, totals per currency, two charts, the requests to remove the
/// creator's works, a table per work. Each amount
/// sits in an element with data-nanos (and its currency) so that a reader, or a test, gets the exact integer.
/// </summary>
internal static class StatementPage
{
    public static string Render(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var body = new StringBuilder();
        AppendHeader(body, statement);
        AppendTotals(body, statement);
        body.Append(StatementAccounts.Render(statement));
        body.Append(StatementCharts.Render(statement));
        body.Append(StatementRemovals.Render(statement));
        body.Append(StatementWorkTables.Render(statement));
        return Layout.Page($"Statement for {statement.DisplayName}", body.ToString());
    }

    public static string Months(CreatorStatement s) => (s.PeriodFrom, s.PeriodTo) switch
    {
        ("", "") => "all months",
        (var from, "") => $"from {from} on",
        ("", var to) => $"up to {to}",
        (var from, var to) when from == to => from,
        (var from, var to) => $"{from} to {to}",
    };

    /// <summary>"?from=…&amp;to=…" for the months shown, so downloads cover the same months.</summary>
    public static string Query(CreatorStatement s)
    {
        var parts = new List<string>(2);
        if (s.PeriodFrom.Length > 0) parts.Add($"from={Uri.EscapeDataString(s.PeriodFrom)}");
        if (s.PeriodTo.Length > 0) parts.Add($"to={Uri.EscapeDataString(s.PeriodTo)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static void AppendHeader(StringBuilder html, CreatorStatement s)
    {
        var path = $"/statements/{Uri.EscapeDataString(s.CreatorId)}";
        html.Append("<header><div><h1>Statement for <span id=\"creator-name\">").Append(Html.Encode(s.DisplayName)).Append("</span></h1>")
            .Append("<p class=\"muted\">Creator <code>").Append(Html.Encode(s.CreatorId)).Append("</code> · months of use: <span id=\"months\">")
            .Append(Html.Encode(Months(s))).Append("</span> (UTC)</p>")
            .Append("<nav><a id=\"download-csv\" href=\"").Append(Html.Encode(path + ".csv" + Query(s))).Append("\">Download CSV</a>")
            .Append("<a id=\"download-json\" href=\"").Append(Html.Encode(path + ".json" + Query(s))).Append("\">Download JSON</a>")
            .Append("<form method=\"post\" action=\"/statements/logout\"><button class=\"quiet\" type=\"submit\">Sign out</button></form></nav></div>")
            .Append("<form class=\"period\" method=\"get\" action=\"").Append(Html.Encode(path)).Append("\">")
            .Append("<label>From<input type=\"month\" name=\"from\" value=\"").Append(Html.Encode(s.PeriodFrom)).Append("\" placeholder=\"yyyy-MM\"></label>")
            .Append("<label>To<input type=\"month\" name=\"to\" value=\"").Append(Html.Encode(s.PeriodTo)).Append("\" placeholder=\"yyyy-MM\"></label>")
            .Append("<button type=\"submit\">Show</button></form></header>");
        html.Append("<p class=\"muted\" id=\"as-of\">As of log position <span id=\"as-of-position\">")
            .Append(s.AsOfLogPosition.ToString("N0", CultureInfo.InvariantCulture)).Append("</span>, <span id=\"pending-batches\">")
            .Append(s.PendingBatches.ToString("N0", CultureInfo.InvariantCulture)).Append("</span> batches pending");
        if (s.WorksPendingRerate > 0)
        {
            html.Append(", ").Append(s.WorksPendingRerate.ToString("N0", CultureInfo.InvariantCulture)).Append(" works awaiting re-rating");
        }

        html.Append(".</p>");
        if (s.PendingBatches > 0)
        {
            html.Append("<p class=\"error\" id=\"pending\">").Append(s.PendingBatches.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" batches of usage are still being counted; reload in a moment for the complete statement.</p>");
        }
    }

    private static void AppendTotals(StringBuilder html, CreatorStatement s)
    {
        html.Append("<h2>Totals</h2><div class=\"totals\" id=\"totals\">");
        foreach (var total in s.Totals)
        {
            html.Append("<div class=\"total\"><div class=\"muted\">").Append(Html.Encode(total.Currency)).Append("</div>")
                .Append("<div class=\"amount\" data-total-currency=\"").Append(Html.Encode(total.Currency)).Append("\" data-nanos=\"")
                .Append(total.AmountNanos.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Encode(total.Currency)).Append(' ').Append(MoneyFormat.Nanos(Int128Wire.Parse(total.AmountNanos, "amount_nanos"))).Append("</div></div>");
        }

        if (s.Totals.Count == 0)
        {
            html.Append("<p class=\"muted\">Nothing priced in these months.</p>");
        }

        var events = s.Lines.Aggregate(0UL, (sum, l) => sum + l.EventCount);
        var refused = s.Lines.Where(l => l.LicenceStatus == "refused").Aggregate(0UL, (sum, l) => sum + l.EventCount);
        html.Append("</div><div class=\"facts\"><span>Uses: <strong id=\"events\">").Append(events.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</strong></span><span>Unlicensed: <strong id=\"unlicensed-events\">").Append(s.UnlicensedEventCount.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</strong></span><span>Refused (violations): <strong id=\"refused-events\">").Append(refused.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</strong></span></div><p class=\"muted\">Totals are licensed earnings plus claims for unlicensed and refused uses priced at ")
            .Append("your society's unlicensed tariff; amounts are exact to the nano (10<sup>-9</sup>) and rounded only at payout.</p>");
    }
}
