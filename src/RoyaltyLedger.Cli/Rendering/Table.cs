using System.Globalization;
using Spectre.Console;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A table with aligned columns, numbers right-aligned: plain text when redirected, boxed by Spectre.Console on a terminal.</summary>
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
        if (Terminal.IsInteractive(output))
        {
            Terminal.On(output).Write(ToSpectre());
            return;
        }

        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        await output.WriteLineAsync(Format(headers, widths));
        foreach (var row in _rows)
        {
            await output.WriteLineAsync(Format(row, widths));
        }
    }

    /// <summary>The same table boxed for a terminal; cells are text, never markup, so ids with [brackets] print as they are.</summary>
    private Spectre.Console.Table ToSpectre()
    {
        var table = new Spectre.Console.Table().RoundedBorder();
        for (var i = 0; i < headers.Length; i++)
        {
            var column = new Spectre.Console.TableColumn(new Spectre.Console.Text(headers[i], new Spectre.Console.Style(decoration: Spectre.Console.Decoration.Bold)));
            table.AddColumn(_rightAligned.Contains(i) ? column.RightAligned() : column);
        }

        foreach (var row in _rows)
        {
            table.AddRow([.. row.Select(c => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(c))]);
        }

        return table;
    }

    private string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => _rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
