using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// Prints wire messages as indented protobuf JSON. 64-bit integers (amounts) are strings there,
/// so no reader loses precision; default values are included so every field is always present.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Task WriteAsync(TextWriter output, IMessage message) =>
        output.WriteLineAsync(ToNode(message).ToJsonString(Indented));

    public static Task WriteAsync(TextWriter output, JsonNode node) => output.WriteLineAsync(node.ToJsonString(Indented));

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;
}
