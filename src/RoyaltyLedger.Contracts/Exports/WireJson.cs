using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// Wire messages as indented protobuf JSON, the one form the CLI prints and the server's downloads serve. 64-bit
/// integers (amounts) are strings there, so no reader loses precision; default values are included so every field
/// is always present. Uses are spelled as users see them everywhere ("fine-tuning", <see cref="UseKindNames"/>), not
/// by their protobuf enum names (USE_KIND_FINE_TUNING); <see cref="Parse{T}"/> reads this form back.
/// </summary>
public static class WireJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Every UseKind value's protobuf JSON name and its user-facing spelling, both ways. No other enum value or text
    // field of the wire is spelled USE_KIND_..., so a string equal to one of these names is a use.
    private static readonly Dictionary<string, string> s_spelled = CommonReflection.Descriptor.EnumTypes.Single(e => e.ClrType == typeof(UseKind)).Values
        .ToDictionary(v => v.Name, v => UseKindNames.Of((UseKind)v.Number), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> s_wireNames = s_spelled.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static JsonNode ToNode(IMessage message) => Respell(JsonNode.Parse(Formatter.Format(message))!, s_spelled);

    public static string Format(IMessage message) => ToNode(message).ToJsonString(Indented);

    public static string Format(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Indented);
    }

    /// <summary>Reads a message from the JSON <see cref="Format(IMessage)"/> writes, uses spelled as users see them.</summary>
    public static T Parse<T>(string json)
        where T : IMessage<T>, new()
    {
        var node = Respell(JsonNode.Parse(json)!, s_wireNames);
        return JsonParser.Default.Parse<T>(node.ToJsonString());
    }

    /// <summary>Replaces, in place, every string value found in <paramref name="names"/> by its counterpart; returns the node.</summary>
    private static JsonNode Respell(JsonNode node, Dictionary<string, string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is { } child)
                    {
                        if (Counterpart(child, names) is { } other)
                        {
                            obj[key] = other;
                        }
                        else
                        {
                            Respell(child, names);
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        if (Counterpart(item, names) is { } other)
                        {
                            array[i] = other;
                        }
                        else
                        {
                            Respell(item, names);
                        }
                    }
                }

                break;
        }

        return node;
    }

    private static JsonValue? Counterpart(JsonNode node, Dictionary<string, string> names) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && names.TryGetValue(text, out var other) ? JsonValue.Create(other) : null;
}
