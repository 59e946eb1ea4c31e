using System.Globalization;
using System.Text;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Server.Web;

/// <summary>One table per work: each model, operator, use, status and month, refused uses flagged as violations.</summary>
internal static class StatementWorkTables
{
    public static string Render(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var html = new StringBuilder("<h2>By work</h2>");
        if (statement.Lines.Count == 0)
        {
            return html.Append("<p class=\"muted\" id=\"no-lines\">No uses of your works were recorded in these months.</p>").ToString();
        }

        foreach (var work in statement.Lines.GroupBy(l => l.WorkId, StringComparer.Ordinal))
        {
            var title = work.First().WorkTitle;
            html.Append("<section class=\"work\" data-work-id=\"").Append(Html.Encode(work.Key)).Append("\"><h3>")
                .Append(Html.Encode(title.Length > 0 ? title : "(untitled)")).Append(" <small>").Append(Html.Encode(work.Key)).Append("</small></h3>")
                .Append("<table><thead><tr><th>Month</th><th>Model</th><th>Operator</th><th>Use</th><th>Status</th>")
                .Append("<th class=\"num\">Events</th><th class=\"num\">Units</th><th class=\"num\">Amount</th></tr></thead><tbody>");
            foreach (var line in work)
            {
                AppendRow(html, line);
            }

            html.Append("</tbody></table></section>");
        }

        return html.ToString();
    }

    private static void AppendRow(StringBuilder html, StatementLine l)
    {
        var refused = l.LicenceStatus == "refused";
        html.Append(refused ? "<tr class=\"violation\">" : "<tr>")
            .Append("<td>").Append(Html.Encode(l.Period)).Append("</td>")
            .Append("<td>").Append(Html.Encode(l.ModelId)).Append("</td>")
            .Append("<td>").Append(Html.Encode(l.OperatorId)).Append("</td>")
            .Append("<td>").Append(Html.Encode(UseKindNames.Of(l.Use))).Append("</td>")
            .Append("<td>").Append(Status(l.LicenceStatus)).Append("</td>")
            .Append("<td class=\"num\">").Append(l.EventCount.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"num\">").Append(Int128Wire.Parse(l.Units, "units").ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(Html.Encode(l.UnitKind)).Append("</td>");
        if (l.Currency.Length == 0)
        {
            html.Append("<td class=\"num muted\" data-line-currency=\"\" data-nanos=\"0\">not priced</td></tr>");
            return;
        }

        // Unlicensed and refused uses are priced as claims at the society's tariff, owed once settled.
        html.Append("<td class=\"num\" data-line-currency=\"").Append(Html.Encode(l.Currency)).Append("\" data-nanos=\"")
            .Append(l.AmountNanos.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(Html.Encode(l.Currency)).Append(' ').Append(MoneyFormat.Nanos(Int128Wire.Parse(l.AmountNanos, "amount_nanos")))
            .Append(l.LicenceStatus == "licensed" ? "" : " <small>claim</small>").Append("</td></tr>");
    }

    private static string Status(string status) => status switch
    {
        "licensed" => "<span class=\"badge licensed\">licensed</span>",
        "unlicensed" => "<span class=\"badge unlicensed\">unlicensed</span>",
        "refused" => "<span class=\"badge refused\" title=\"A creator refused this use: a violation\">refused · violation</span>",
        _ => Html.Encode(status),
    };
}
