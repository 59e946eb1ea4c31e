using Spectre.Console;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// Whether a writer is a person's terminal. Only then does the CLI draw with Spectre.Console (boxed tables, a live
/// progress bar, prompts); redirected output, --json and writers other than the console stay plain text without ANSI
/// codes, so that scripts and tests read the same output everywhere.
/// </summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>A Spectre console that draws on <paramref name="writer"/> (stdout or stderr), honouring NO_COLOR and the terminal's abilities.</summary>
    public static IAnsiConsole On(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });
}
