using RoyaltyLedger.Domain.Money;
using System.Text;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Web;

/// <summary>The statement's two charts: priced amounts by month of use, and by model.</summary>
internal static class StatementCharts
{
    public static string Render(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var priced = statement.Lines.Where(l => l.Currency.Length > 0).ToList();
        var html = new StringBuilder("<h2>Earnings</h2>");
        if (priced.Count == 0)
        {
            return html.Append("<p class=\"muted\" id=\"no-charts\">No priced uses in these months, so there is nothing to chart.</p>").ToString();
        }

        // The latest months when there are more than a chart holds; the table below has them all.
        var byMonth = priced.GroupBy(l => (l.Period, l.Currency))
            .Select(g => new ChartBar(g.Key.Period, g.Key.Currency, g.Sum(l => Int128Wire.Parse(l.AmountNanos, "amount_nanos"))))
            .OrderBy(b => b.Label, StringComparer.Ordinal).ThenBy(b => b.Currency, StringComparer.Ordinal)
            .ToList();
        var byModel = priced.GroupBy(l => (l.ModelId, l.Currency))
            .Select(g => new ChartBar(g.Key.ModelId, g.Key.Currency, g.Sum(l => Int128Wire.Parse(l.AmountNanos, "amount_nanos"))))
            .OrderByDescending(b => b.AmountNanos).ThenBy(b => b.Label, StringComparer.Ordinal).ThenBy(b => b.Currency, StringComparer.Ordinal)
            .ToList();
        html.Append("<div class=\"charts\">");
        Figure(html, "chart-by-month", "By month of use", "Earnings and claims per month of use", byMonth.TakeLast(SvgBarChart.MaxBars).ToList(), byMonth.Count);
        Figure(html, "chart-by-model", "By model", "Earnings and claims per AI model", byModel.Take(SvgBarChart.MaxBars).ToList(), byModel.Count);
        return html.Append("</div>").ToString();
    }

    private static void Figure(StringBuilder html, string id, string caption, string description, List<ChartBar> bars, int all)
    {
        html.Append("<figure><figcaption>").Append(Html.Encode(caption)).Append("</figcaption>")
            .Append(SvgBarChart.Render(id, description, bars));
        if (all > bars.Count)
        {
            html.Append("<p class=\"muted\">").Append(all - bars.Count).Append(" more not charted; the tables list every line.</p>");
        }

        html.Append("</figure>");
    }
}
