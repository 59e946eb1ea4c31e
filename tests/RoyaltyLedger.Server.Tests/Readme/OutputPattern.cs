using System.Text.RegularExpressions;

namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// Compares what a command printed with the output a README shows. Lines are compared whole, trailing spaces and
/// trailing empty lines ignored. A line that is just <c>...</c> stands for any number of lines (none included); a
/// <c>…</c> inside a line stands for any text within that line (ids, times, hashes).
/// </summary>
public static class OutputPattern
{
    public const string AnyLines = "...";

    public const string AnyText = "…";

    public static bool Matches(IReadOnlyList<string> pattern, string actual)
    {
        var expected = Trim(pattern);
        var lines = Trim(actual.ReplaceLineEndings("\n").Split('\n'));
        var regexes = expected.Select(p => p == AnyLines ? null : LineRegex(p)).ToArray();
        var memo = new Dictionary<(int, int), bool>();
        return Match(0, 0);

        bool Match(int p, int a)
        {
            if (memo.TryGetValue((p, a), out var known))
            {
                return known;
            }

            bool result;
            if (p == regexes.Length)
            {
                result = a == lines.Count;
            }
            else if (regexes[p] is null)
            {
                result = Match(p + 1, a) || (a < lines.Count && Match(p, a + 1));
            }
            else
            {
                result = a < lines.Count && regexes[p]!.IsMatch(lines[a]) && Match(p + 1, a + 1);
            }

            memo[(p, a)] = result;
            return result;
        }
    }

    /// <summary>Lines with trailing spaces and trailing empty lines removed.</summary>
    public static IReadOnlyList<string> Trim(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).ToList();
        while (trimmed.Count > 0 && trimmed[^1].Length == 0)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        return trimmed;
    }

    private static Regex LineRegex(string line) =>
        new("^" + string.Join(".*?", line.Split(AnyText).Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
}
