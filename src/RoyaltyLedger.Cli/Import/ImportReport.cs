using System.Text.Json.Nodes;
using Grpc.Core;
using Google.Rpc;

namespace RoyaltyLedger.Cli.Import;

/// <summary>What an import did with each row: imported, or rejected with every reason the server gave.</summary>
internal sealed class ImportReport
{
    private readonly List<(int Line, string Id, string? Error)> _rows = [];

    public int RejectedCount => _rows.Count(r => r.Error is not null);

    public void Imported(int line, string id) => _rows.Add((line, id, null));

    public void Rejected(int line, string id, string reason) => _rows.Add((line, id, reason));

    public void Rejected(int line, string id, RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var violations = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        var reason = violations is { Count: > 0 }
            ? string.Join("; ", violations.Select(v => v.Description))
            : $"{error.StatusCode}: {error.Status.Detail}";
        Rejected(line, id, reason);
    }

    public async Task WriteAsync(TextWriter output, string what)
    {
        foreach (var (line, id, error) in _rows)
        {
            await output.WriteLineAsync(error is null ? $"line {line}: imported {what} {id}" : $"line {line}: rejected {what} {id}: {error}");
        }

        await output.WriteLineAsync($"{_rows.Count - RejectedCount} imported, {RejectedCount} rejected");
    }

    public JsonObject ToJson() => new()
    {
        ["imported"] = _rows.Count - RejectedCount,
        ["rejected"] = RejectedCount,
        ["rows"] = new JsonArray([.. _rows.Select(r => (JsonNode?)new JsonObject
        {
            ["line"] = r.Line,
            ["id"] = r.Id,
            ["status"] = r.Error is null ? "imported" : "rejected",
            ["reason"] = r.Error,
        })]),
    };
}
