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
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidDataException($"{path} is empty: the first line must name the columns ({string.Join(",", required)})");
        }

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

    /// <summary>Splits "a;b;c" lists inside a cell, ignoring empty parts.</summary>
    public static IEnumerable<string> List(IReadOnlyDictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column, "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
