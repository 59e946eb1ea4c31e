namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// The runnable examples of a README, in order, read from its fenced blocks:
/// <list type="bullet">
/// <item>```sh: each command (a line, joined with the next while it ends in a backslash; blank and comment lines
/// skipped) runs in order. ```sh no-test marks a block that cannot run in a test (starting a server, installing
/// packages); it is listed in <see cref="Skipped"/>.</item>
/// <item>```text right after an ```sh block (only prose between): the output the block's last command prints,
/// compared line by line (<see cref="OutputPattern"/>). ```text exit=N: the command exits with N instead of 0. Several
/// text blocks after one sh block are one pattern, read in order.</item>
/// <item>Any block with file=NAME (```csv file=usage.csv): a file the examples read, written into the working folder
/// at that point.</item>
/// </list>
/// Other blocks (C#, encodings) are left alone.
/// </summary>
public sealed class ReadmeScript
{
    private ReadmeScript(IReadOnlyList<ReadmeStep> steps, IReadOnlyList<FencedBlock> skipped)
    {
        Steps = steps;
        Skipped = skipped;
    }

    /// <summary>Commands to run and files to write, in README order.</summary>
    public IReadOnlyList<ReadmeStep> Steps { get; }

    /// <summary>The sh blocks marked no-test.</summary>
    public IReadOnlyList<FencedBlock> Skipped { get; }

    public IEnumerable<ReadmeCommand> Commands => Steps.OfType<ReadmeCommand>();

    public static ReadmeScript Parse(string markdown)
    {
        var steps = new List<ReadmeStep>();
        var skipped = new List<FencedBlock>();
        FencedBlock? lastSh = null;
        foreach (var block in FencedBlock.ReadAll(markdown))
        {
            if (block.File is { } file)
            {
                steps.Add(new ReadmeFile(block.Line, file, string.Join('\n', block.Lines) + "\n"));
            }
            else if (block.Language == "sh")
            {
                lastSh = block;
                if (block.NoTest)
                {
                    skipped.Add(block);
                    continue;
                }

                var commands = SplitCommands(block);
                if (commands.Count == 0)
                {
                    throw new FormatException($"README line {block.Line}: the sh block holds no command");
                }

                steps.AddRange(commands);
            }
            else if (block.Language == "text")
            {
                AttachOutput(steps, lastSh, block);
            }
        }

        return new ReadmeScript(steps, skipped);
    }

    private static void AttachOutput(List<ReadmeStep> steps, FencedBlock? lastSh, FencedBlock text)
    {
        if (lastSh is null || lastSh.NoTest || steps.LastOrDefault() is not ReadmeCommand last || last.Block != lastSh.Line)
        {
            throw new FormatException($"README line {text.Line}: a text block must follow a tested sh block (its last command's output); "
                + (lastSh is { NoTest: true } ? $"the sh block at line {lastSh.Line} is no-test" : "none precedes it"));
        }

        var exit = text.Exit ?? last.ExpectedExit;
        if (last.Expected is not null && text.Exit is { } e && e != last.ExpectedExit)
        {
            throw new FormatException($"README line {text.Line}: exit={e}, but an earlier text block of the same command says exit={last.ExpectedExit}");
        }

        steps[^1] = last with { Expected = [.. last.Expected ?? [], .. text.Lines], ExpectedExit = exit, ExpectedLine = last.ExpectedLine ?? text.Line };
    }

    /// <summary>The block's commands: continuation lines joined (backslash-newline kept, as the shell reads it).</summary>
    public static IReadOnlyList<ReadmeCommand> SplitCommands(FencedBlock block)
    {
        var commands = new List<ReadmeCommand>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var start = i;
            var text = line;
            while (text.TrimEnd().EndsWith('\\') && i + 1 < block.Lines.Count)
            {
                text += "\n" + block.Lines[++i];
            }

            if (text.TrimEnd().EndsWith('\\'))
            {
                throw new FormatException($"README line {block.Line + start}: the command ends in a backslash with no line after it");
            }

            commands.Add(new ReadmeCommand(block.Line, block.Line + start, text));
        }

        return commands;
    }
}
