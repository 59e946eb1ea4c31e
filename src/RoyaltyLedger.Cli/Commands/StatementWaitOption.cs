using System.CommandLine;
using System.Globalization;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `--wait [duration]` on `royalty statement`: wait for the projection to catch up before reading, at most the duration
/// (e.g. 500ms, 5s, or seconds alone) or, with no duration, the server's bound. Without it a statement never waits.
/// </summary>
internal static class StatementWaitOption
{
    /// <summary>The most a statement read waits, whatever is asked (the server's limit too).</summary>
    public static readonly TimeSpan Most = TimeSpan.FromSeconds(20);

    /// <summary>The option; its value is null when absent and <see cref="TimeSpan.Zero"/> for the server's bound.</summary>
    public static Option<TimeSpan?> Create() => new("--wait")
    {
        Description = "Wait for the projection to include the usage acknowledged so far, at most DURATION (e.g. 500ms, 5s; default: the server's bound, at most 20s)",
        HelpName = "DURATION",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return TimeSpan.Zero;
            }

            var text = result.Tokens[0].Value;
            if (TryParse(text, out var wait) && wait > TimeSpan.Zero && wait <= Most)
            {
                return wait;
            }

            result.AddError($"--wait '{text}' is not a duration from 1ms to 20s (e.g. 500ms, 5s, or seconds alone)");
            return null;
        },
    };

    private static bool TryParse(string text, out TimeSpan wait)
    {
        var (number, toMs) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1L)
            : text.EndsWith('s') ? (text[..^1], 1_000L)
            : (text, 1_000L);
        var ok = long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= Most.TotalMilliseconds;
        wait = ok ? TimeSpan.FromMilliseconds(n * toMs) : TimeSpan.Zero;
        return ok;
    }
}
