using System.CommandLine;
using System.Text.RegularExpressions;

namespace RoyaltyLedger.Cli.Errors;

/// <summary>
/// The parser's complaints about a command line as one line: every error, in the user's words rather than .NET type
/// names, and where to read the command's help.
/// </summary>
internal static partial class UsageErrors
{
    public static CliError Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = string.Join(" ", Path(parse.CommandResult.Command));
        var subcommands = parse.CommandResult.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var messages = parse.Errors.Select(e => Reword(e.Message, subcommands)).Distinct(StringComparer.Ordinal);
        return new CliError(CliError.Usage, $"{string.Join("; ", messages)} (see: {command} --help)");
    }

    public static string Reword(string message, IReadOnlyList<string> subcommands)
    {
        var text = ErrorDescriber.OneLine(message);
        if (text.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return $"name a command: {string.Join(", ", subcommands)}";
        }

        var required = RequiredOption().Match(text);
        if (required.Success)
        {
            return $"{required.Groups["name"].Value} is required";
        }

        var unknown = Unrecognized().Match(text);
        if (unknown.Success)
        {
            return $"'{unknown.Groups["token"].Value}' is not an option or argument of this command";
        }

        var typed = ExpectedType().Match(text);
        if (typed.Success)
        {
            return $"{typed.Groups["what"].Value} '{typed.Groups["value"].Value}' is not {Kind(typed.Groups["type"].Value)}";
        }

        return text.TrimEnd('.');
    }

    /// <summary>A .NET type as the user would say it.</summary>
    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.UInt32" or "System.UInt64" or "System.Int16" or "System.UInt16" => "a whole number",
        "System.Boolean" => "true or false",
        "System.DateTimeOffset" or "System.DateTime" => "an ISO 8601 instant, e.g. 2026-11-30T23:59:59Z",
        "System.Decimal" or "System.Double" => "a number",
        "System.IO.FileInfo" => "a file path",
        "System.IO.DirectoryInfo" => "a folder path",
        "System.TimeSpan" => "a duration, e.g. 00:00:30",
        _ => "a valid value",
    };

    private static List<string> Path(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(c is RootCommand ? "royalty" : c.Name);
        }

        names.Reverse();
        return names;
    }

    [GeneratedRegex(@"^(?:Option|Argument) '(?<name>[^']+)' is required\.?$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$")]
    private static partial Regex Unrecognized();

    // System.CommandLine: "Cannot parse argument 'x' for option '--batch-size' as expected type 'System.Int32'."
    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '?(?<what>[^']*)'? as expected type '(?<type>[^']+)'\.?")]
    private static partial Regex ExpectedType();
}
