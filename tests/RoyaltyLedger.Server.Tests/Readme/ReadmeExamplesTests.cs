using System.Text;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// README.md as tests: every ```sh example runs, in order, against a real server on SQLite, in a temp folder standing
/// for the tour folder (and another for the repository root, which must stay empty), and every output the README
/// shows must match what the command printed (ReadmeScript says how blocks are read, OutputPattern how they compare).
/// </summary>
public sealed class ReadmeExamplesTests
{
    /// <summary>
    /// The sh blocks marked no-test: starting the server, building and testing, installing packages, a PostgreSQL
    /// server and a cluster, Kubernetes. A block newly marked no-test must be counted here, so that none stops running
    /// unnoticed.
    /// </summary>
    private const int NoTestBlocks = 7;

    /// <summary>A bound on one command; the demo, which streams 3,000 events and waits for their projection, is the slowest.</summary>
    /// <summary>What the README's commands call besides the CLI and dotnet.</summary>
    private static readonly string[] Tools = ["bash", "curl", "jq", "sha256sum"];

    /// <summary>
    /// When set to a file path, every command's output is appended to it: what to paste into the README when an
    /// output shown there changed on purpose.
    /// </summary>
    private const string TranscriptVariable = "ROYALTY_README_TRANSCRIPT";

    /// <summary>Lines of a command's actual output a failure shows.</summary>
    private const int ShownLines = 120;

    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void ReadmeScript_NoTestBlocks_ExactlyTheCountedOnes()
    {
        var script = ReadmeScript.Parse(ReadReadme());

        Assert.True(script.Skipped.Count == NoTestBlocks,
            $"README.md has {script.Skipped.Count} sh blocks marked no-test, expected {NoTestBlocks}:\n"
            + string.Join('\n', script.Skipped.Select(b => $"  line {b.Line}: {b.FirstLine}")));
        Assert.True(script.Commands.Count() >= 40, $"README.md has only {script.Commands.Count()} commands to run");
    }

    [Fact]
    public async Task ReadmeExamples_RunInOrderOnSqlite_ExitCodesAndShownOutputsMatch()
    {
        var missing = Tools.Where(t => !OnPath(t)).ToList();
        Assert.True(missing.Count == 0,
            $"the README's examples need {string.Join(", ", missing)} on PATH: install with `apt-get install -y bash curl jq coreutils`; .ci/run does this");
        var script = ReadmeScript.Parse(ReadReadme());
        var root = Directory.CreateTempSubdirectory("royalty-readme-").FullName;
        var tour = Directory.CreateDirectory(Path.Combine(root, "tour")).FullName;
        var repository = Directory.CreateDirectory(Path.Combine(root, "repository")).FullName;
        try
        {
            var failures = new List<string>();
            await using (var server = await LedgerServer.StartAsync(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "sqlite",
                ["Storage:DataDirectory"] = Path.Combine(tour, "data"),
            }))
            {
                var shell = new ReadmeShell(tour, repository, server.Address);
                foreach (var step in script.Steps)
                {
                    if (step is ReadmeFile file)
                    {
                        await File.WriteAllTextAsync(Path.Combine(shell.CurrentFolder, file.Name), file.Content);
                    }
                    else if (step is ReadmeCommand command && await RunAsync(shell, command) is { } failure)
                    {
                        failures.Add(failure);
                    }
                }
            }

            var left = Directory.EnumerateFileSystemEntries(repository).Select(Path.GetFileName).ToList();
            if (left.Count > 0)
            {
                failures.Add($"the tour left files in the repository root: {string.Join(", ", left)}");
            }

            Assert.True(failures.Count == 0,
                $"{failures.Count} of {script.Commands.Count()} README commands failed (README.md line, command, exit, expected and actual output):\n\n"
                + string.Join("\n\n", failures));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(root);
        }
    }

    /// <summary>Runs a command; null when it ended as the README says, else a description naming the line, the command and both outputs.</summary>
    private static async Task<string?> RunAsync(ReadmeShell shell, ReadmeCommand command)
    {
        var (exit, output) = await shell.RunAsync(command.Text, CommandLimit);
        if (Environment.GetEnvironmentVariable(TranscriptVariable) is { Length: > 0 } transcript)
        {
            await File.AppendAllTextAsync(transcript, $"README.md line {command.Line}: $ {command.Text}\n(exit {exit})\n{output.TrimEnd()}\n\n");
        }

        var exitOk = exit == command.ExpectedExit;
        var outputOk = command.Expected is null || OutputPattern.Matches(command.Expected, output);
        if (exitOk && outputOk)
        {
            return null;
        }

        var message = new StringBuilder()
            .Append("README.md line ").Append(command.Line).Append(" (sh block at line ").Append(command.Block).AppendLine("):")
            .Append("  $ ").AppendLine(command.Text.Replace("\n", "\n    ", StringComparison.Ordinal))
            .Append("  exit ").Append(exit).AppendLine(exitOk ? "" : $", expected {command.ExpectedExit}");
        if (command.Expected is { } expected && !outputOk)
        {
            message.Append("  expected (text block at line ").Append(command.ExpectedLine).AppendLine("):");
            AppendIndented(message, expected);
        }

        var actual = OutputPattern.Trim(output.ReplaceLineEndings("\n").Split('\n'));
        message.AppendLine("  actual:");
        AppendIndented(message, actual.Take(ShownLines));
        if (actual.Count > ShownLines)
        {
            message.Append("    (").Append(actual.Count - ShownLines).AppendLine(" more lines)");
        }
        return message.ToString().TrimEnd();
    }

    private static void AppendIndented(StringBuilder message, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            message.Append("    | ").AppendLine(line);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(f => File.Exists(Path.Combine(f, tool)));

    private static string ReadReadme() => File.ReadAllText(RepositoryRoot.Combine("README.md"));
}
