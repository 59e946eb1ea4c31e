using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace RoyaltyLedger.Cli.Import;

/// <summary>Reads a CSV file with a header row into dictionaries keyed by column name, with their line numbers.</summary>
internal static class CsvRows
{
    public static List<(int Line, IReadOnlyDictionary<string, string> Fields)> Read(string path, IReadOnlyList<string> required)
    {
        using var reader = new StreamReader(path);
        string[]? header = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            // A stray quote makes the rest of the file unreliable (the parser may read on to the next quote): refuse the file,
            // naming the row and column, before anything is registered.
            BadDataFound = args => throw new InvalidDataException(StrayQuote(path, args.Context.Parser!, header, args.Field, args.RawRecord)),
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } read)
        {
            throw new InvalidDataException($"{path} is empty: the first line must name the columns ({string.Join(",", required)})");
        }

        header = read;
        var missing = required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path} lacks the column(s) {string.Join(", ", missing)}; its header is {string.Join(",", header)}");
        }

        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
        while (csv.Read())
        {
            var fields = header.Select((name, i) => (name, value: csv.GetField(i) ?? "")).ToDictionary(f => f.name, f => f.value, StringComparer.Ordinal);
            rows.Add((csv.Parser.RawRow, fields));
        }

        return rows;
    }

    private static string StrayQuote(string path, IParser parser, string[]? header, string field, string rawRecord)
    {
        // A quote left open runs the field over the following lines: the row is the line where the field starts.
        var row = parser.RawRow - field.Count(c => c == '\n');
        var column = ColumnAt(rawRecord, Math.Max(0, rawRecord.IndexOf(field, StringComparison.Ordinal)));
        var name = header is not null && column <= header.Length ? $" ({header[column - 1]})" : "";
        var near = field.Length > 40 ? field[..40] + "…" : field;
        return $"{path} row {row}, column {column}{name}: a quote is misplaced or unclosed near '{near.ReplaceLineEndings(" ").Trim()}'; " +
            "a field with quotes must be quoted whole, with each inner quote doubled (\"Harbour \"\"Lights\"\"\")";
    }

    /// <summary>The 1-based column of the field starting at <paramref name="position"/>: commas before it outside quotes, plus one.</summary>
    private static int ColumnAt(string record, int position)
    {
        var (column, quoted) = (1, false);
        foreach (var c in record.AsSpan(0, position))
        {
            quoted ^= c == '"';
            column += c == ',' && !quoted ? 1 : 0;
        }

        return column;
    }

    /// <summary>Splits "a;b;c" lists inside a cell, ignoring empty parts.</summary>
    public static IEnumerable<string> List(IReadOnlyDictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column, "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
