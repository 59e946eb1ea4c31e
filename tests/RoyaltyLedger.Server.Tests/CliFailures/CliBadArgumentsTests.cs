using System.CommandLine;
using System.CommandLine.Help;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoyaltyLedger.Server.Tests.CliFailures;

/// <summary>
/// Every command of the CLI, run with bad arguments: missing required options, an unknown option, a malformed value for
/// each option and argument, a bad --server, and a server that is not there. Each must fail with a non-zero exit and
/// exactly one line on stderr ("error: …", or {"error":{"code","message"}} with --json): no stack trace frames, no
/// exception type names, nothing on stdout. Each test runs every command and lists all that misbehaved.
/// </summary>
public sealed partial class CliBadArgumentsTests : IDisposable
{
    private const string Bad = "%bad%";

    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-cli-bad-args-").FullName;

    [Fact]
    public void CommandTree_Walked_FindsEveryCommandGroupAndLeaf()
    {
        var leaves = CommandTree.Leaves().Select(l => string.Join(' ', l.Path)).ToList();

        // A floor, not an exact count, so that adding a command needs no change here; these must be among them.
        Assert.True(leaves.Count >= 60, $"only {leaves.Count} commands found: {string.Join(", ", leaves)}");
        Assert.Contains("usage send", leaves);
        Assert.Contains("works import", leaves);
        Assert.Contains("payouts commit", leaves);
        Assert.Contains("verify-proof", leaves);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryCommand_NoArguments_OneLineErrorNonZeroExit(bool json)
    {
        // Commands that require nothing reach for the server, which is not there: that failure is checked too.
        var problems = new List<string>();
        foreach (var (path, _) in CommandTree.Leaves())
        {
            await CheckAsync(problems, json, path);
        }

        foreach (var group in CommandTree.Groups())
        {
            await CheckAsync(problems, json, group);
        }

        AssertNone(problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryCommand_UnknownOption_OneLineErrorNonZeroExit(bool json)
    {
        var problems = new List<string>();
        foreach (var (path, command) in CommandTree.Leaves())
        {
            await CheckAsync(problems, json, [.. path, .. Required(command), "--no-such-option", "1"]);
        }

        AssertNone(problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryCommand_EachOptionMalformed_OneLineErrorNonZeroExit(bool json)
    {
        var problems = new List<string>();
        foreach (var (path, command) in CommandTree.Leaves())
        {
            foreach (var option in Options(command))
            {
                var others = Required(command, except: option);
                await CheckAsync(problems, json, [.. path, .. others, option.Name, Bad]);
                await CheckAsync(problems, json, [.. path, .. others, option.Name, ""]);
            }

            if (command.Arguments.Count > 0)
            {
                await CheckAsync(problems, json, [.. path, .. Enumerable.Repeat(Bad, command.Arguments.Count), .. RequiredOptions(command, null)]);
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("")]
    [InlineData("http://127.0.0.1:5080/some/path")]
    [InlineData("not an address")]
    public async Task EveryCommand_MalformedServer_OneLineErrorNonZeroExit(string server)
    {
        var problems = new List<string>();
        foreach (var (path, command) in CommandTree.Leaves())
        {
            await CheckAsync(problems, json: false, [.. path, .. Required(command), "--server", server, "--api-key", "unused"]);
        }

        AssertNone(problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryCommand_WellFormedButServerUnreachable_OneLineErrorNonZeroExit(bool json)
    {
        var problems = new List<string>();
        foreach (var (path, command) in CommandTree.Leaves())
        {
            await CheckAsync(problems, json, [.. path, .. Required(command)]);
        }

        AssertNone(problems);
    }

    [Fact]
    public async Task WorksList_ServerUnreachable_NamesTheAddressAndHowToStartIt()
    {
        var (exit, output, error) = await CommandTree.RunAsync("works", "list");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"error: cannot reach the server at {CommandTree.Unreachable} (Connection refused). Is it running? Start it with: dotnet run --project src/RoyaltyLedger.Server\n", error);
    }

    [Fact]
    public async Task WorksAdd_MissingRequiredWithJson_JsonErrorNamingEachOption()
    {
        var (exit, output, error) = await CommandTree.RunAsync("works", "add", "--id", "w-1", "--json");

        Assert.Equal((1, ""), (exit, output));
        using var document = JsonDocument.Parse(error);
        var body = document.RootElement.GetProperty("error");
        Assert.Equal("USAGE", body.GetProperty("code").GetString());
        Assert.Equal("--title is required; --medium is required; --contributor is required (see: royalty works add --help)", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UsageSend_BatchSizeNotANumber_UsageErrorWithoutTypeNames()
    {
        var (exit, _, error) = await CommandTree.RunAsync("usage", "send", "x.csv", "--batch-size", "many");

        Assert.Equal((1, "error: --batch-size 'many' is not a whole number (see: royalty usage send --help)\n"), (exit, error));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task CheckAsync(List<string> problems, bool json, string[] args)
    {
        string[] line = json ? [.. args, "--json"] : args;
        var (exit, output, error) = await CommandTree.RunAsync(line);
        var label = $"royalty {string.Join(' ', line.Select(a => a.Length == 0 || a.Contains(' ') ? $"'{a}'" : a))}";
        if (Problem(exit, output, error, json) is { } problem)
        {
            problems.Add($"{label}: {problem} (exit {exit}; stdout {Quote(output)}; stderr {Quote(error)})");
        }
    }

    private static string? Problem(int exit, string output, string error, bool json)
    {
        if (exit == 0)
        {
            return "exit code 0";
        }

        if (!error.EndsWith('\n') || error.TrimEnd('\n').Contains('\n', StringComparison.Ordinal))
        {
            return "stderr is not exactly one line";
        }

        if (error.Contains("   at ", StringComparison.Ordinal) || ExceptionName().IsMatch(error) || error.Contains("System.", StringComparison.Ordinal))
        {
            return "stderr shows a stack frame or a .NET type name";
        }

        if (output.Length > 0)
        {
            return "stdout is not empty";
        }

        return json ? JsonProblem(error) : error.StartsWith("error: ", StringComparison.Ordinal) ? null : "stderr does not start with 'error: '";
    }

    private static string? JsonProblem(string error)
    {
        try
        {
            using var document = JsonDocument.Parse(error);
            var body = document.RootElement.GetProperty("error");
            return body.GetProperty("code").GetString() is { Length: > 0 } && body.GetProperty("message").GetString() is { Length: > 0 }
                ? null
                : "the JSON error lacks a code or a message";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"stderr is not a JSON error ({e.Message})";
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text.Length > 400 ? text[..400] + "…" : text);

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Where(o => o is not HelpOption && o.Name != "--version" && !o.Hidden);

    /// <summary>The command's arguments and required options with well-formed values, so that only the case under test is wrong.</summary>
    private string[] Required(Command command, Option? except = null) =>
        [.. command.Arguments.Select(Value), .. RequiredOptions(command, except)];

    private IEnumerable<string> RequiredOptions(Command command, Option? except) =>
        Options(command).Where(o => o.Required && o != except).SelectMany(o => o.ValueType == typeof(bool) ? [o.Name] : new[] { o.Name, Value(o.ValueType, o.Name) });

    private string Value(Argument argument) => Value(argument.ValueType, argument.Name);

    private string Value(Type type, string name)
    {
        if (type == typeof(FileInfo))
        {
            var file = Path.Combine(_folder, "input.csv");
            File.WriteAllText(file, "a,b\n1,2\n");
            return file;
        }

        if (type == typeof(DirectoryInfo))
        {
            return _folder;
        }

        var element = type.IsArray ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;
        return element.Name switch
        {
            "Int32" or "Int64" or "UInt32" or "UInt64" or "Int16" or "UInt16" => "1",
            "DateTimeOffset" or "DateTime" or "Timestamp" => "2026-11-01T00:00:00Z",
            "UseKind" => "training",
            "Contributor" => "c-1:author:10000",
            "TimeSpan" => "00:00:05",
            _ => name.Contains("use", StringComparison.Ordinal) ? "training" : "x-1",
        };
    }

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} command lines misbehaved:\n{string.Join("\n", problems)}");

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();
}
