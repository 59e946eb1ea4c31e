using RoyaltyLedger.Server.Tests.Infrastructure;
namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// The repository's Dockerfile read as instructions (continuation lines joined, comments dropped) with the stage each
/// belongs to. Enough of the Dockerfile grammar for the rules DockerfileTests checks; no daemon is needed.
/// </summary>
internal sealed record Dockerfile(IReadOnlyList<Dockerfile.Instruction> Instructions)
{
    public sealed record Instruction(int Stage, string Keyword, string Arguments);

    public static Dockerfile Load(string path)
    {
        var instructions = new List<Instruction>();
        var stage = -1;
        var pending = string.Empty;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = (pending + line).Trim();
            pending = string.Empty;
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            stage += keyword == "FROM" ? 1 : 0;
            instructions.Add(new Instruction(stage, keyword, space < 0 ? string.Empty : text[(space + 1)..].Trim()));
        }

        return new Dockerfile(instructions);
    }

    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public int LastStage => Instructions.Max(i => i.Stage);

    /// <summary>The sources of every COPY from the build context (not --from another stage), flags removed.</summary>
    public IEnumerable<string> ContextSources() =>
        All("COPY").Where(i => !i.Arguments.Contains("--from=", StringComparison.Ordinal)).SelectMany(i =>
        {
            var words = i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            return words.Take(words.Count - 1);
        });
}
