using System.Text.Json.Nodes;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// What `royalty usage send` did: rows read, the ledger's totals, and the rows not counted, of which only the
/// <see cref="MaxListed"/> with the lowest line numbers are kept, so that a file full of errors uses no more memory.
/// </summary>
internal sealed class SendReport(string file, string stream, int batchSize)
{
    public const int MaxListed = 20;

    /// <summary>Exit code when every row was read and sent, but some were malformed or rejected.</summary>
    public const int ExitSomeRowsNotCounted = 2;

    private readonly List<(int Line, string Text)> _problems = [];

    public long Rows { get; private set; }

    public long Malformed { get; private set; }

    public UsageProgress Ledger { get; set; }

    public TimeSpan Elapsed { get; set; }

    public long Problems => Malformed + Ledger.Rejected;

    /// <summary>0 when every row was counted, or held, or a duplicate; 2 when some were malformed or rejected.</summary>
    public int ExitCode => Problems == 0 ? 0 : ExitSomeRowsNotCounted;

    public void Read() => Rows++;

    public void AddMalformed(RowProblem problem)
    {
        Malformed++;
        Keep(problem.Line, $"{Where(problem.Line, problem.Column)}: {problem.Message} (malformed, not sent)");
    }

    public void AddRejected(UsageRejection rejection)
    {
        var line = rejection.State is int l ? l : 0;
        var message = rejection.Message.Replace($"events[{rejection.Index}].", "", StringComparison.Ordinal);
        Keep(line, $"{Where(line, rejection.EventField)}: {message} (rejected: {Rendering.EnumNames.Of(rejection.Reason)})");
    }

    public async Task WriteAsync(TextWriter output)
    {
        var rate = Elapsed.TotalSeconds > 0 ? Ledger.Acked / Elapsed.TotalSeconds : 0;
        await output.WriteLineAsync($"{Path.GetFileName(file)} -> stream {stream}, batches of {batchSize:N0}");
        await output.WriteLineAsync($"rows read:    {Rows,12:N0}");
        await output.WriteLineAsync($"malformed:    {Malformed,12:N0}  (not sent)");
        await output.WriteLineAsync($"sent:         {Ledger.Sent,12:N0}  ({rate:N0} events/s, {Ledger.Reconnects:N0} reconnects)");
        await output.WriteLineAsync($"counted:      {Ledger.Accepted,12:N0}");
        await output.WriteLineAsync($"duplicates:   {Ledger.Duplicates,12:N0}  (event_id already counted)");
        await output.WriteLineAsync($"rejected:     {Ledger.Rejected,12:N0}");
        await output.WriteLineAsync($"already held: {Ledger.Held,12:N0}  (stored by an earlier run; not counted again)");
        await output.WriteLineAsync($"time:         {Elapsed.TotalSeconds,12:N1}  seconds");
        if (Problems == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{Problems:N0} rows not counted:");
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
        ["rows"] = Rows,
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

    private static string Where(int line, string column) => column.Length == 0 ? $"line {line}" : $"line {line}, {column}";

    private void Keep(int line, string text)
    {
        _problems.Add((line, text));
        if (_problems.Count >= 2 * MaxListed)
        {
            Trim();
        }
    }

    private List<(int Line, string Text)> Listed()
    {
        Trim();
        return _problems;
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
