using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Registry;
using Contributor = RoyaltyLedger.Contracts.V1.Contributor;

namespace RoyaltyLedger.Cli.Import;

/// <summary>
/// One split version read from a CSV file: the rows that share a work and an effective instant, sent as one
/// AmendSplits call so that it is imported whole or not at all. <see cref="Problems"/> says what is wrong with
/// it before anything is sent.
/// </summary>
internal sealed partial class SplitGroup
{
    public static readonly string[] Columns = ["work_id", "effective_from", "creator_id", "role", "share_bps"];

    private readonly List<(int Line, string Note)> _notes = [];

    private SplitGroup(string workId, string effectiveText, DateTimeOffset? effectiveFrom)
    {
        WorkId = workId;
        EffectiveText = effectiveText;
        EffectiveFrom = effectiveFrom;
    }

    public string WorkId { get; }

    /// <summary>The instant as written, or normalized when it parsed.</summary>
    public string EffectiveText { get; }

    public DateTimeOffset? EffectiveFrom { get; }

    public List<int> Lines { get; } = [];

    public List<Contributor> Contributors { get; } = [];

    public List<string> Problems { get; } = [];

    public string Id => $"{WorkId} from {EffectiveText}";

    /// <summary>Groups rows by work and effective instant (one instant written two ways is one group), in file order.</summary>
    public static List<SplitGroup> Read(IEnumerable<(int Line, IReadOnlyDictionary<string, string> Fields)> rows)
    {
        var groups = new Dictionary<(string, string), SplitGroup>();
        foreach (var (line, row) in rows)
        {
            var parsed = IsoTime.TryParse(row["effective_from"], out var at);
            var effective = parsed ? IsoTime.Format(at) : row["effective_from"];
            if (!groups.TryGetValue((row["work_id"], effective), out var group))
            {
                group = new SplitGroup(row["work_id"], effective, parsed ? at : null);
                groups.Add((group.WorkId, effective), group);
            }

            group.Add(line, row);
        }

        foreach (var group in groups.Values)
        {
            group.Check();
        }

        return [.. groups.Values];
    }

    public AmendSplitsRequest ToRequest()
    {
        var request = new AmendSplitsRequest
        {
            WorkId = WorkId,
            EffectiveFrom = Timestamp.FromDateTimeOffset(EffectiveFrom ?? throw new InvalidOperationException($"split {Id} has no valid effective_from")),
            Note = _notes.Select(n => n.Note).FirstOrDefault(n => n.Length > 0) ?? "",
        };
        request.Contributors.AddRange(Contributors);
        return request;
    }

    /// <summary>A violation of contributors[i] names the CSV line of the i-th contributor, which the reader can find.</summary>
    public string Describe(string field, string description) =>
        ContributorIndex().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < Lines.Count
            ? $"line {Lines[i]}: {description}"
            : description;

    private void Add(int line, IReadOnlyDictionary<string, string> row)
    {
        Lines.Add(line);
        _notes.Add((line, row.GetValueOrDefault("note", "")));
        if (!uint.TryParse(row["share_bps"], NumberStyles.None, CultureInfo.InvariantCulture, out var share))
        {
            Problems.Add($"line {line}: share_bps '{row["share_bps"]}' is not a whole number of basis points");
        }

        Contributors.Add(new Contributor { CreatorId = row["creator_id"], Role = row["role"], ShareBps = share });
    }

    /// <summary>What the server would refuse anyway, found without a call: the version's shape and its shares.</summary>
    private void Check()
    {
        if (WorkId.Length == 0)
        {
            Problems.Insert(0, "work_id is empty");
        }

        if (EffectiveFrom is null)
        {
            Problems.Insert(0, $"effective_from '{EffectiveText}' is not an ISO 8601 instant, e.g. {IsoTime.Example}");
        }

        var notes = _notes.Where(n => n.Note.Length > 0).DistinctBy(n => n.Note).ToList();
        if (notes.Count > 1)
        {
            Problems.Add($"its rows give different notes ({string.Join(", ", notes.Select(n => $"'{n.Note}' on line {n.Line}"))}); a split version has one note");
        }

        if (Problems.Count == 0)
        {
            var shares = Contributors.Select(c => new Domain.Registry.Contributor(c.CreatorId, c.Role, (int)Math.Min(c.ShareBps, int.MaxValue))).ToList();
            Problems.AddRange(SplitRules.Validate(WorkId, shares).Select(v => Describe(v.Field, v.Description)));
        }
    }

    [GeneratedRegex(@"^contributors\[(\d+)\]")]
    private static partial Regex ContributorIndex();
}
