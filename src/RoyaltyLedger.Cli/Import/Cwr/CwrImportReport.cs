using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Domain.Registry.Cwr;

namespace RoyaltyLedger.Cli.Import.Cwr;

/// <summary>
/// What a CWR import did with each transaction (registered, unchanged, amended or rejected, the latter with every
/// problem: line, record type, field, value, reason), the record types it did not read, and the file's own problems.
/// Printed as text, JSON (--json) and CSV (--report FILE).
/// </summary>
internal sealed class CwrImportReport
{
    public static readonly string[] CsvHeader = ["line", "record_type", "status", "work_id", "title", "field", "value", "reason"];

    private readonly List<Row> _rows = [];

    public int Rejected => _rows.Count(r => r.Status == "rejected");

    public int Transactions => _rows.Count(r => r.Status != "file");

    public int Count(string status) => _rows.Count(r => r.Status == status);

    public void Done(CwrWork work, string status, string workId, string detail) =>
        _rows.Add(new Row(work.Line, work.TransactionType, status, workId, work.Title, [], detail));

    public void Refused(CwrWork work, string workId, IReadOnlyList<CwrProblem> problems) =>
        _rows.Add(new Row(work.Line, work.TransactionType, "rejected", workId, work.Title, problems, ""));

    public void FileProblems(IEnumerable<CwrProblem> problems) =>
        _rows.AddRange(problems.Select(p => new Row(p.Line, p.RecordType, "file", "", "", [p], "")));

    public async Task WriteAsync(TextWriter output, CwrReader reader, int creatorsRegistered)
    {
        foreach (var row in _rows.OrderBy(r => r.Line))
        {
            await output.WriteLineAsync(row.Status switch
            {
                "rejected" => $"line {row.Line}: rejected {row.RecordType} {row.Title}: {string.Join("; ", row.Problems)}",
                "file" => $"line {row.Line}: file problem: {row.Problems[0]}",
                _ => $"line {row.Line}: {row.Status} work {row.WorkId} ({row.Title}): {row.Detail}",
            });
        }

        foreach (var (type, (count, first)) in reader.Ignored)
        {
            await output.WriteLineAsync($"ignored {count} {type} record(s), the first on line {first} (not read by this importer; see docs/cwr.md)");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Transactions} work transaction(s) in {reader.LinesRead} lines: {Count("registered")} registered, {Count("unchanged")} unchanged, {Count("amended")} amended, {Rejected} rejected; {creatorsRegistered} creator(s) registered"));
    }

    public JsonObject ToJson(CwrReader reader, int creatorsRegistered) => new()
    {
        ["sender_id"] = reader.Header.SenderId,
        ["lines"] = reader.LinesRead,
        ["transactions"] = Transactions,
        ["registered"] = Count("registered"),
        ["unchanged"] = Count("unchanged"),
        ["amended"] = Count("amended"),
        ["rejected"] = Rejected,
        ["creators_registered"] = creatorsRegistered,
        ["rows"] = new JsonArray([.. _rows.OrderBy(r => r.Line).Select(r => (JsonNode?)new JsonObject
        {
            ["line"] = r.Line,
            ["record_type"] = r.RecordType,
            ["status"] = r.Status,
            ["work_id"] = r.WorkId,
            ["title"] = r.Title,
            ["detail"] = r.Detail,
            ["problems"] = new JsonArray([.. r.Problems.Select(p => (JsonNode?)new JsonObject
            {
                ["line"] = p.Line, ["record_type"] = p.RecordType, ["field"] = p.Field, ["value"] = p.Value, ["reason"] = p.Reason,
            })]),
        })]),
        ["ignored"] = new JsonArray([.. reader.Ignored.Select(i => (JsonNode?)new JsonObject
        {
            ["record_type"] = i.Key, ["count"] = i.Value.Count, ["first_line"] = i.Value.FirstLine,
        })]),
    };

    /// <summary>One CSV row per problem of a rejected transaction or of the file, per imported transaction, and per ignored record type.</summary>
    public string ToCsv(CwrReader reader)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, [.. CsvHeader.Select(CsvField.Text)]);
        foreach (var row in _rows.OrderBy(r => r.Line))
        {
            if (row.Problems.Count == 0)
            {
                CsvText.AppendRow(csv, [CsvField.Number(row.Line), row.RecordType, row.Status, row.WorkId, row.Title, "", "", row.Detail]);
            }

            foreach (var p in row.Problems)
            {
                CsvText.AppendRow(csv, [CsvField.Number(p.Line), p.RecordType, row.Status, row.WorkId, row.Title, p.Field, p.Value, p.Reason]);
            }
        }

        foreach (var (type, (count, first)) in reader.Ignored)
        {
            CsvText.AppendRow(csv, [CsvField.Number(first), type, "ignored", "", "", "count", count.ToString(CultureInfo.InvariantCulture), "record type not read (docs/cwr.md)"]);
        }

        return csv.ToString();
    }

    private sealed record Row(int Line, string RecordType, string Status, string WorkId, string Title, IReadOnlyList<CwrProblem> Problems, string Detail);
}
