using System.Globalization;
using System.Text.Json.Nodes;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// What `royalty usage import-dsr` did: lines read by kind, the ledger's totals, and the lines not counted, of which
/// only the <see cref="MaxListed"/> with the lowest line numbers are kept (all go to the `--report` file).
/// </summary>
internal sealed class DsrImportReport(string file, string stream, DsrHeader header, int batchSize)
{
    public const int MaxListed = 20;

    private readonly List<(int Line, string Text)> _problems = [];
    private readonly Lock _gate = new();

    public long Lines { get; set; }

    public long UsageRecords { get; private set; }

    public long ContextRecords { get; set; }

    public long Comments { get; set; }

    public IReadOnlyDictionary<string, long> Ignored { get; set; } = new Dictionary<string, long>();

    public long Malformed { get; private set; }

    public UsageProgress Ledger { get; set; }

    public TimeSpan Elapsed { get; set; }

    public long Problems => Malformed + Ledger.Rejected;

    /// <summary>0 when every usage record was counted, held or a duplicate; 2 when some lines were malformed or rejected.</summary>
    public int ExitCode => Problems == 0 ? 0 : RoyaltyLedger.Cli.Usage.SendReport.ExitSomeRowsNotCounted;

    public void AddUsage() => UsageRecords++;

    public void AddMalformed(DsrProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Malformed++;
        Keep(problem, "malformed, not sent");
    }

    public void AddRejected(DsrProblem problem, string reason) => Keep(problem, $"rejected: {reason}");

    public async Task WriteAsync(TextWriter output)
    {
        var rate = Elapsed.TotalSeconds > 0 ? Ledger.Acked / Elapsed.TotalSeconds : 0;
        await output.WriteLineAsync($"{Path.GetFileName(file)} -> stream {stream}, batches of {batchSize:N0}");
        await output.WriteLineAsync($"message:        {Message()}");
        await output.WriteLineAsync($"lines read:     {Lines,12:N0}");
        await output.WriteLineAsync($"usage records:  {UsageRecords,12:N0}  (SU02, SU03)");
        await output.WriteLineAsync($"other records:  {ContextRecords,12:N0}  (HEAD, summaries, releases, resources, works)");
        await output.WriteLineAsync($"ignored:        {IgnoredCount(),12:N0}  {IgnoredText()}");
        await output.WriteLineAsync($"malformed:      {Malformed,12:N0}  (not sent)");
        await output.WriteLineAsync($"sent:           {Ledger.Sent,12:N0}  ({rate:N0} events/s, {Ledger.Reconnects:N0} reconnects)");
        await output.WriteLineAsync($"counted:        {Ledger.Accepted,12:N0}  (uses of works no registered work identifies wait in suspense: royalty suspense list)");
        await output.WriteLineAsync($"duplicates:     {Ledger.Duplicates,12:N0}  (event id already counted)");
        await output.WriteLineAsync($"rejected:       {Ledger.Rejected,12:N0}");
        await output.WriteLineAsync($"already held:   {Ledger.Held,12:N0}  (stored by an earlier import; not counted again)");
        await output.WriteLineAsync($"time:           {Elapsed.TotalSeconds,12:N1}  seconds");
        if (Problems == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{Problems:N0} line{(Problems == 1 ? "" : "s")} not counted:");
        foreach (var (_, text) in Listed())
        {
            await output.WriteLineAsync($"  {text}");
        }

        if (Problems > MaxListed)
        {
            await output.WriteLineAsync($"  and {Problems - MaxListed:N0} more");
        }
    }

    public JsonObject ToJson() => new()
    {
        ["file"] = file,
        ["stream"] = stream,
        ["batchSize"] = batchSize,
        ["sender"] = header.SenderPartyId,
        ["messageId"] = header.MessageId,
        ["profile"] = header.Profile,
        ["lines"] = Lines,
        ["usageRecords"] = UsageRecords,
        ["otherRecords"] = ContextRecords,
        ["ignored"] = new JsonObject(Ignored.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => KeyValuePair.Create(i.Key, (JsonNode?)i.Value))),
        ["malformed"] = Malformed,
        ["sent"] = Ledger.Sent,
        ["counted"] = Ledger.Accepted,
        ["duplicates"] = Ledger.Duplicates,
        ["rejected"] = Ledger.Rejected,
        ["alreadyHeld"] = Ledger.Held,
        ["reconnects"] = Ledger.Reconnects,
        ["seconds"] = Math.Round(Elapsed.TotalSeconds, 3),
        ["problems"] = new JsonArray([.. Listed().Select(p => (JsonNode?)new JsonObject { ["line"] = p.Line, ["text"] = p.Text })]),
        ["moreProblems"] = Math.Max(0, Problems - MaxListed),
    };

    private string Message() => string.Create(CultureInfo.InvariantCulture,
        $"{(header.SenderPartyId.Length == 0 ? "(no sender)" : header.SenderPartyId)} {(header.MessageId.Length == 0 ? "(no MessageId)" : header.MessageId)}, {header.Profile} {header.ProfileVersion}, file {header.FileNumber} of {header.NumberOfFiles}, {header.UsageStart:yyyy-MM-dd} to {header.UsageEnd:yyyy-MM-dd}");

    private long IgnoredCount() => Ignored.Values.Sum() + Comments;

    private string IgnoredText()
    {
        var parts = Ignored.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key} {i.Value:N0}").ToList();
        if (Comments > 0)
        {
            parts.Add($"headings and empty lines {Comments:N0}");
        }

        return parts.Count == 0 ? "" : $"({string.Join(", ", parts)})";
    }

    private void Keep(DsrProblem problem, string outcome)
    {
        lock (_gate)
        {
            KeepLocked(problem, outcome);
        }
    }

    private void KeepLocked(DsrProblem problem, string outcome)
    {
        var where = problem.RecordType.Length == 0 ? $"line {problem.Line}" : $"line {problem.Line}, {problem.RecordType}{(problem.Field.Length == 0 ? "" : " " + problem.Field)}";
        _problems.Add((problem.Line, $"{where}: {problem.Message} ({outcome})"));
        if (_problems.Count >= 2 * MaxListed)
        {
            Trim();
        }
    }

    private List<(int Line, string Text)> Listed()
    {
        lock (_gate)
        {
            Trim();
            return [.. _problems];
        }
    }

    private void Trim()
    {
        _problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (_problems.Count > MaxListed)
        {
            _problems.RemoveRange(MaxListed, _problems.Count - MaxListed);
        }
    }
}
