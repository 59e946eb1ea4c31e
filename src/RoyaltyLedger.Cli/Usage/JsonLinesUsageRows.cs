using System.Text.Json;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>Reads usage rows from JSON Lines: one object per line, keyed by the column names (<see cref="UsageColumns"/>).</summary>
internal static class JsonLinesUsageRows
{
    public static IEnumerable<UsageRow> Read(TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse(line, text);
            }
        }
    }

    private static UsageRow Parse(int line, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return UsageRow.Malformed(line, "json", $"not valid JSON at character {ex.BytePositionInLine + 1}: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return UsageRow.Malformed(line, "json", $"the line holds a JSON {document.RootElement.ValueKind}, expected one object");
            }

            var e = new UsageEvent();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                var cell = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!,
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.Null => "",
                    _ => null,
                };
                var problem = cell is null
                    ? $"{property.Name} is a JSON {value.ValueKind}, expected a string or a number"
                    : UsageColumns.Apply(e, property.Name, cell);
                if (problem is not null)
                {
                    return UsageRow.Malformed(line, property.Name, problem);
                }
            }

            return UsageRow.Of(line, e);
        }
    }
}
