using System.Globalization;
using System.Text;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// A horizontal bar chart as inline SVG. Bars are scaled per currency (amounts in different currencies are not
/// comparable); doubles are used only for pixel positions, and every amount shown is the exact integer formatted
/// with <see cref="MoneyFormat"/>.
/// </summary>
internal static class SvgBarChart
{
    public const int MaxBars = 40;
    private const int Width = 700;
    private const int LabelWidth = 190;
    private const int BarSpace = 330;
    private const int RowHeight = 26;
    private const int MaxLabelChars = 26;
    private static readonly string[] Palette = ["#2f6db5", "#d9822b", "#3a9d5d", "#8e5bb5", "#c4463a", "#5f6b7a"];

    /// <param name="id">The element id, e.g. "chart-by-month".</param>
    /// <param name="bars">At most <see cref="MaxBars"/>; the caller chooses which.</param>
    public static string Render(string id, string description, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bars.Count, MaxBars, nameof(bars));
        var currencies = bars.Select(b => b.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var largest = currencies.ToDictionary(c => c, c => bars.Where(b => b.Currency == c).Max(b => b.AmountNanos), StringComparer.Ordinal);
        var height = (bars.Count * RowHeight) + 12;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append("<desc>").Append(Html.Encode(description)).Append("</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            AppendBar(svg, bars[i], i, largest[bars[i].Currency], Palette[currencies.IndexOf(bars[i].Currency) % Palette.Length], currencies.Count > 1);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendBar(StringBuilder svg, ChartBar bar, int row, Int128 largest, string colour, bool nameCurrency)
    {
        var amount = $"{bar.Currency} {MoneyFormat.Nanos(bar.AmountNanos)}";
        var label = nameCurrency ? $"{bar.Label} · {bar.Currency}" : bar.Label;
        var shortLabel = label.Length > MaxLabelChars ? label[..(MaxLabelChars - 1)] + "…" : label;
        // Pixel geometry only: the bar's length is the amount's share of the largest bar in its currency.
        var length = largest <= 0 || bar.AmountNanos <= 0 ? 0 : Math.Max(1.0, (double)bar.AmountNanos / (double)largest * BarSpace);
        var top = 6 + (row * RowHeight);
        var mid = top + 13;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"bar\" data-label=\"{Html.Encode(bar.Label)}\" data-currency=\"{Html.Encode(bar.Currency)}\" data-nanos=\"{bar.AmountNanos}\">");
        svg.Append("<title>").Append(Html.Encode($"{label}: {amount}")).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{mid + 4}\" text-anchor=\"end\">{Html.Encode(shortLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{top + 3}\" width=\"{length:0.##}\" height=\"18\" rx=\"3\" fill=\"{colour}\"></rect>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 8:0.##}\" y=\"{mid + 4}\">{Html.Encode(amount)}</text></g>");
    }
}
