using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoyaltyLedger.Cli.Errors;

/// <summary>
/// Prints a failure on stderr as exactly one line: "error: &lt;message&gt;", or with --json
/// {"error":{"code":"…","message":"…"}} (plus "fields": [{"field","description"}] when the server named fields).
/// </summary>
internal static class ErrorWriter
{
    // Messages quote values ('x'); the relaxed encoder keeps them readable instead of \u0027. Output is never embedded in HTML.
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(TextWriter error, bool json, CliError failure)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(failure);
        return error.WriteLineAsync(json ? Json(failure) : $"error: {failure.Message}");
    }

    public static string Json(CliError failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var body = new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message };
        if (failure.Fields.Count > 0)
        {
            body["fields"] = new JsonArray([.. failure.Fields.Select(f => (JsonNode?)new JsonObject { ["field"] = f.Field, ["description"] = f.Description })]);
        }

        return new JsonObject { ["error"] = body }.ToJsonString(Compact);
    }
}
