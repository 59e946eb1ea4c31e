using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>Reads usage rows from CSV with a header row naming the columns (<see cref="UsageColumns"/>).</summary>
internal static class CsvUsageRows
{
    public static IEnumerable<UsageRow> Read(TextReader reader, string path)
    {
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            // A stray quote spoils one row, not the file: note it and report the row.
            BadDataFound = args => badData ??= args.Field,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration, leaveOpen: true);
        var header = ReadHeader(csv, path);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (badData is { } field)
            {
                badData = null;
                yield return UsageRow.Malformed(line, "", $"a quote is misplaced or unclosed near '{field}'");
                continue;
            }

            yield return Parse(csv, header, line);
        }
    }

    private static string[] ReadHeader(CsvReader csv, string path)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new InvalidDataException($"{path} is empty: its first line must name the columns, e.g. {string.Join(",", UsageColumns.All)}");
        }

        var unknown = header.Where(h => !UsageColumns.All.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException(
                $"{path} has column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))} that no usage event has; the columns are {string.Join(", ", UsageColumns.All)}");
        }

        if (UsageColumns.MissingFrom(header) is { } missing)
        {
            throw new InvalidDataException($"{path} lacks the column(s) {missing}; its header is {string.Join(",", header)}");
        }

        return header;
    }

    private static UsageRow Parse(CsvReader csv, string[] header, int line)
    {
        if (csv.Parser.Count != header.Length)
        {
            return UsageRow.Malformed(line, "", $"the row has {csv.Parser.Count} fields, the header names {header.Length}");
        }

        var e = new UsageEvent();
        for (var i = 0; i < header.Length; i++)
        {
            if (UsageColumns.Apply(e, header[i], csv.GetField(i) ?? "") is { } problem)
            {
                return UsageRow.Malformed(line, header[i], problem);
            }
        }

        return UsageRow.Of(line, e);
    }
}
