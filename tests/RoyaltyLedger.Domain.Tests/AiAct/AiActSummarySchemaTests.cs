using System.Text.Json;
using RoyaltyLedger.Domain.AiAct;

namespace RoyaltyLedger.Domain.Tests.AiAct;

/// <summary>
/// The JSON the ledger writes against the published schema (docs/ai-act-summary.schema.json): every required key
/// present, every const equal, every key written declared, types as declared. A small walker over the keywords the
/// schema uses (type, required, properties, items, const, enum, $ref, oneOf), so that the two cannot drift apart.
/// </summary>
public class AiActSummarySchemaTests
{
    [Fact]
    public void Write_ScenarioAndEmpty_ConformToPublishedSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath()));
        var b = new AiActSummaryBuilder();
        b.AddWork(new AiActWork("w", "music", ["c"], ["rh"]), [new AiActUse(UseKind.Training, UseStatus.Refused, "tokens", 2, 5, 0, 1)]);
        b.AddRemoval("open", "refused-use");
        foreach (var summary in new[] { b.Build("op", "O", "m", "M", 10), new AiActSummaryBuilder().Build("op", "O", "m", "M", 10) })
        {
            using var json = JsonDocument.Parse(AiActSummaryJson.Write(summary));
            var problems = new List<string>();
            Check(schema.RootElement, schema.RootElement, json.RootElement, "$", problems);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(root, root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]), value, path, problems);
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(option =>
            {
                var inner = new List<string>();
                Check(root, option, value, path, inner);
                return inner.Count == 0;
            });
            if (matches != 1)
            {
                problems.Add($"{path}: matches {matches} of the oneOf options");
            }

            return;
        }

        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
        {
            problems.Add($"{path}: {value.GetRawText()} is not the const {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
        {
            problems.Add($"{path}: {value.GetRawText()} is not in the enum");
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            problems.Add($"{path}: {value.ValueKind} is not {type.GetString()}");
            return;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            foreach (var required in schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [])
            {
                if (!value.TryGetProperty(required, out _))
                {
                    problems.Add($"{path}: required key {required} is missing");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    problems.Add($"{path}.{property.Name}: written but not declared in the schema");
                    continue;
                }

                Check(root, propertySchema, property.Value, $"{path}.{property.Name}", problems);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, $"{path}[{i++}]", problems);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string SchemaPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "ai-act-summary.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/ai-act-summary.schema.json not found above " + AppContext.BaseDirectory);
    }
}
