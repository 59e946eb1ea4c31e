using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Reflection;
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

    // Every UseKind value's protobuf JSON name and its user-facing spelling, both ways.
    private static readonly Dictionary<string, string> s_spelled = CommonReflection.Descriptor.EnumTypes.Single(e => e.ClrType == typeof(UseKind)).Values
        .ToDictionary(v => v.Name, v => UseKindNames.Of((UseKind)v.Number), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> s_wireNames = s_spelled.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static JsonNode ToNode(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var node = JsonNode.Parse(Formatter.Format(message))!;
        Respell(node as JsonObject, message.Descriptor, s_spelled);
        return node;
    }

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
        var node = JsonNode.Parse(json)!;
        Respell(node as JsonObject, new T().Descriptor, s_wireNames);
        return JsonParser.Default.Parse<T>(node.ToJsonString());
    }

    /// <summary>
    /// Replaces, in place, the value of every UseKind field of the message (nested messages, lists and maps included)
    /// found in <paramref name="names"/> by its counterpart. Only fields the descriptor says are uses are touched, so a
    /// text field that happens to read "training" stays as written.
    /// </summary>
    private static void Respell(JsonObject? obj, MessageDescriptor descriptor, Dictionary<string, string> names)
    {
        if (obj is null)
        {
            return;
        }

        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (obj[field.JsonName] is not { } value)
            {
                continue;
            }

            if (field.IsMap)
            {
                var valueField = field.MessageType.FindFieldByNumber(2);
                if (value is JsonObject entries)
                {
                    foreach (var key in entries.Select(p => p.Key).ToList())
                    {
                        if (Respelled(entries[key], valueField, names) is { } other)
                        {
                            entries[key] = other;
                        }
                    }
                }
            }
            else if (field.IsRepeated)
            {
                if (value is JsonArray items)
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (Respelled(items[i], field, names) is { } other)
                        {
                            items[i] = other;
                        }
                    }
                }
            }
            else if (Respelled(value, field, names) is { } other)
            {
                obj[field.JsonName] = other;
            }
        }
    }

    /// <summary>The new value of one use; null when the value stays (after respelling inside it, for a message).</summary>
    private static JsonValue? Respelled(JsonNode? value, FieldDescriptor field, Dictionary<string, string> names)
    {
        if (field.FieldType == FieldType.Enum && field.EnumType.ClrType == typeof(UseKind))
        {
            return value is JsonValue v && v.TryGetValue<string>(out var text) && names.TryGetValue(text, out var other) ? JsonValue.Create(other) : null;
        }

        if (field.FieldType == FieldType.Message)
        {
            Respell(value as JsonObject, field.MessageType, names);
        }

        return null;
    }
}
