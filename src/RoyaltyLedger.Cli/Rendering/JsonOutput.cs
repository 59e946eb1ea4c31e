using System.Text.Json.Nodes;
using Google.Protobuf;
using RoyaltyLedger.Contracts.Exports;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>Prints wire messages as indented protobuf JSON (<see cref="WireJson"/>), the same form the server's downloads use.</summary>
internal static class JsonOutput
{
    public static Task WriteAsync(TextWriter output, IMessage message) => output.WriteLineAsync(WireJson.Format(message));

    public static Task WriteAsync(TextWriter output, JsonNode node) => output.WriteLineAsync(WireJson.Format(node));

    public static JsonNode ToNode(IMessage message) => WireJson.ToNode(message);
}
