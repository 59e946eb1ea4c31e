using System.Globalization;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A plain-text table with aligned columns; numbers are right-aligned.</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];

    public Table AlignRight(params int[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _rightAligned.UnionWith(columns);
        return this;
    }

    public void Add(params object[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add([.. cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "")]);
    }

    public int Count => _rows.Count;

    public async Task WriteAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        await output.WriteLineAsync(Format(headers, widths));
        foreach (var row in _rows)
        {
            await output.WriteLineAsync(Format(row, widths));
        }
    }

    private string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => _rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
