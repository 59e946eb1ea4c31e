using System.CommandLine;
using RoyaltyLedger.Cli;

namespace RoyaltyLedger.Server.Tests.CliFailures;

/// <summary>Every command of `royalty` that runs something, found by walking the System.CommandLine tree.</summary>
internal static class CommandTree
{
    /// <summary>An address where nothing listens: connecting is refused at once.</summary>
    public const string Unreachable = "http://127.0.0.1:1";

    public static IReadOnlyList<(string[] Path, Command Command)> Leaves()
    {
        var leaves = new List<(string[], Command)>();
        Walk(RoyaltyCli.CreateRoot(), [], leaves);
        return leaves;
    }

    /// <summary>Groups too: `royalty works` without a subcommand is a usage error as well.</summary>
    public static IReadOnlyList<string[]> Groups()
    {
        var groups = new List<string[]>();
        void Visit(Command c, string[] path)
        {
            if (c.Subcommands.Count > 0 && path.Length > 0)
            {
                groups.Add(path);
            }

            foreach (var sub in c.Subcommands)
            {
                Visit(sub, [.. path, sub.Name]);
            }
        }

        Visit(RoyaltyCli.CreateRoot(), []);
        return groups;
    }

    private static void Walk(Command command, string[] path, List<(string[], Command)> leaves)
    {
        if (command.Action is not null && path.Length > 0)
        {
            leaves.Add((path, command));
        }

        foreach (var sub in command.Subcommands)
        {
            Walk(sub, [.. path, sub.Name], leaves);
        }
    }

    /// <summary>Runs the CLI in-process on the unreachable address, unless the arguments name a server.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] line = args.Contains("--server") ? args : [.. args, "--server", Unreachable, "--api-key", "unused"];
        var exit = await RoyaltyCli.RunAsync(line, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
