using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// Wire messages as indented protobuf JSON, the one form the CLI prints and the server's downloads serve. 64-bit
/// integers (amounts) are strings there, so no reader loses precision; default values are included so every field
/// is always present.
/// </summary>
public static class WireJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static string Format(IMessage message) => ToNode(message).ToJsonString(Indented);

    public static string Format(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Indented);
    }
}
