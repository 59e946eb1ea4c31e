using System.Globalization;

namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// A fenced code block of a Markdown file: the info string's first word (the language), its other words
/// (<c>no-test</c>, <c>exit=N</c>, <c>file=NAME</c>), the line number of its first content line (1-based) and its lines.
/// </summary>
public sealed record FencedBlock(string Language, IReadOnlyList<string> Words, int Line, IReadOnlyList<string> Lines)
{
    private const string Fence = "```";

    public bool NoTest => Words.Contains("no-test");

    /// <summary>The exit code a text block says its command ends with, or null when it says none.</summary>
    public int? Exit => Value("exit") is { } exit
        ? int.TryParse(exit, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code
            : throw new FormatException($"README line {Line - 1}: exit={exit} is not a number")
        : null;

    /// <summary>The file name a block says it is the content of, or null.</summary>
    public string? File => Value("file") is { } name
        ? name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 ? name : throw new FormatException($"README line {Line - 1}: file={name} must be a plain file name")
        : null;

    /// <summary>The first content line, for messages.</summary>
    public string FirstLine => Lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "";

    private string? Value(string key) =>
        Words.Where(w => w.StartsWith(key + "=", StringComparison.Ordinal)).Select(w => w[(key.Length + 1)..]).SingleOrDefault();

    /// <summary>Every fenced block, in order. Fences start at the line's first column; an unclosed fence is an error.</summary>
    public static IReadOnlyList<FencedBlock> ReadAll(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }

            var words = lines[i][Fence.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith(Fence, StringComparison.Ordinal))
            {
                end++;
            }

            if (end == lines.Length)
            {
                throw new FormatException($"README line {i + 1}: the fence is never closed");
            }

            blocks.Add(new FencedBlock(words.FirstOrDefault() ?? "", words.Skip(1).ToArray(), start + 1, lines[start..end]));
            i = end;
        }

        return blocks;
    }
}
