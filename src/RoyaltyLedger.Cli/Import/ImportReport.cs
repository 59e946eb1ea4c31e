using System.Text.Json.Nodes;
using Grpc.Core;
using Google.Rpc;

namespace RoyaltyLedger.Cli.Import;

/// <summary>
/// What an import did with each entry (a row, or a group of rows imported together): imported, or rejected with
/// every reason given. Entries are reported in file order, whatever order they were sent in.
/// </summary>
internal sealed class ImportReport
{
    private readonly List<(IReadOnlyList<int> Lines, string Id, string? Error)> _rows = [];

    public int RejectedCount => _rows.Count(r => r.Error is not null);

    public void Imported(int line, string id) => Imported([line], id);

    public void Imported(IReadOnlyList<int> lines, string id) => _rows.Add((lines, id, null));

    public void Rejected(int line, string id, string reason) => Rejected([line], id, reason);

    public void Rejected(IReadOnlyList<int> lines, string id, string reason) => _rows.Add((lines, id, reason));

    public void Rejected(int line, string id, RpcException error) => Rejected(line, id, Reasons(error, (_, description) => description));

    /// <summary>The server's field violations, each as <paramref name="describe"/> words it, or else its status and message.</summary>
    public static string Reasons(RpcException error, Func<string, string, string> describe)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(describe);
        var violations = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        return violations is { Count: > 0 }
            ? string.Join("; ", violations.Select(v => describe(v.Field, v.Description)))
            : $"{error.StatusCode}: {error.Status.Detail}";
    }

    public async Task WriteAsync(TextWriter output, string what)
    {
        foreach (var (lines, id, error) in InFileOrder())
        {
            var where = LinesText(lines);
            await output.WriteLineAsync(error is null ? $"{where}: imported {what} {id}" : $"{where}: rejected {what} {id}: {error}");
        }

        await output.WriteLineAsync($"{_rows.Count - RejectedCount} imported, {RejectedCount} rejected");
    }

    public JsonObject ToJson() => new()
    {
        ["imported"] = _rows.Count - RejectedCount,
        ["rejected"] = RejectedCount,
        ["rows"] = new JsonArray([.. InFileOrder().Select(r => (JsonNode?)new JsonObject
        {
            ["line"] = r.Lines[0],
            ["lines"] = new JsonArray([.. r.Lines.Select(l => (JsonNode?)l)]),
            ["id"] = r.Id,
            ["status"] = r.Error is null ? "imported" : "rejected",
            ["reason"] = r.Error,
        })]),
    };

    private IEnumerable<(IReadOnlyList<int> Lines, string Id, string? Error)> InFileOrder() => _rows.OrderBy(r => r.Lines[0]);

    /// <summary>"line 2", "lines 2-4" for a run, else "lines 2, 5".</summary>
    private static string LinesText(IReadOnlyList<int> lines) =>
        lines.Count == 1 ? $"line {lines[0]}"
            : lines.Zip(lines.Skip(1)).All(p => p.Second == p.First + 1) ? $"lines {lines[0]}-{lines[^1]}"
            : $"lines {string.Join(", ", lines)}";
}
