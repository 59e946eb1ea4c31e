using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// Folds a model's training report, one work at a time (so a model trained on millions of works is read a page at a
/// time and held as counts, not rows), and its removal requests into an <see cref="AiActSummary"/>. Memory grows with
/// the media, uses, unit kinds and parties, never with the works.
/// </summary>
public sealed class AiActSummaryBuilder
{
    /// <summary>The most parties the summary lists; a model trained on more parties' works counts the rest.</summary>
    public const int MaxParties = 1_000;

    /// <summary>The medium under which works no longer registered are counted.</summary>
    public const string UnregisteredMedium = "unregistered";

    private static readonly UseStatus[] Statuses = [UseStatus.Licensed, UseStatus.Unlicensed, UseStatus.Refused];

    private long _works;
    private readonly SortedDictionary<string, AiActTally> _modalities = new(StringComparer.Ordinal);
    private readonly Dictionary<UseStatus, (AiActTally All, SortedDictionary<string, AiActTally> ByMedium, SortedDictionary<UseKind, AiActTally> ByUse)> _groups =
        Statuses.ToDictionary(s => s, _ => (new AiActTally(""), new SortedDictionary<string, AiActTally>(StringComparer.Ordinal), new SortedDictionary<UseKind, AiActTally>()));
    private readonly Dictionary<(string Id, string Role), long[]> _parties = [];
    private long? _first;
    private long? _last;
    private long _requested, _open, _attested, _withdrawn, _fromRefusedUses;

    /// <summary>Adds one work and all its rows (every status, use and unit kind); the caller adds each work once (a report page holds whole works).</summary>
    public void AddWork(AiActWork work, IReadOnlyCollection<AiActUse> uses)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(uses);
        if (uses.Count == 0)
        {
            return;
        }

        _works++;
        var medium = work.Medium.Length == 0 ? UnregisteredMedium : work.Medium;
        Tally(_modalities, medium).AddWork(uses);
        _first = Math.Min(_first ?? long.MaxValue, uses.Min(u => u.FirstAtUnixMs));
        _last = Math.Max(_last ?? long.MinValue, uses.Max(u => u.LastAtUnixMs));
        foreach (var status in Statuses)
        {
            var ofStatus = uses.Where(u => u.Status == status).ToList();
            if (ofStatus.Count == 0)
            {
                continue;
            }

            var group = _groups[status];
            group.All.AddWork(ofStatus);
            Tally(group.ByMedium, medium).AddWork(ofStatus);
            foreach (var byUse in ofStatus.GroupBy(u => u.Use))
            {
                Tally(group.ByUse, byUse.Key, UseKindSpelling.Of(byUse.Key)).AddWork(byUse);
            }

            var index = Array.IndexOf(Statuses, status);
            foreach (var party in work.CreatorIds.Distinct().Select(id => (id, "creator")).Concat(work.RightsholderIds.Distinct().Select(id => (id, "rightsholder"))))
            {
                ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_parties, party, out _);
                counts ??= new long[Statuses.Length];
                counts[index]++;
            }
        }
    }

    /// <summary>Adds one removal request concerning the model, by its stored status and origin.</summary>
    public void AddRemoval(string status, string origin)
    {
        _requested++;
        switch (status)
        {
            case RemovalStates.Open: _open++; break;
            case RemovalStates.Attested: _attested++; break;
            case RemovalStates.Withdrawn: _withdrawn++; break;
        }

        if (origin == RemovalOrigins.RefusedUse)
        {
            _fromRefusedUses++;
        }
    }

    public AiActSummary Build(string operatorId, string operatorName, string modelId, string modelName, long nowUnixMs)
    {
        var parties = _parties
            .Select(p => new AiActParty(p.Key.Id, p.Key.Role, p.Value[0], p.Value[1], p.Value[2]))
            .OrderByDescending(p => p.LicensedWorks + p.UnlicensedWorks + p.RefusedWorks)
            .ThenBy(p => p.Role, StringComparer.Ordinal).ThenBy(p => p.PartyId, StringComparer.Ordinal)
            .ToList();
        return new AiActSummary(
            nowUnixMs, operatorId, operatorName, modelId, modelName, _first, _last, _works,
            [.. _modalities.Values.Select(t => t.ToCount())],
            Group(UseStatus.Licensed), Group(UseStatus.Unlicensed), Group(UseStatus.Refused),
            [.. parties.Take(MaxParties)], Math.Max(0, parties.Count - MaxParties),
            new AiActRemovals(_requested, _open, _attested, _withdrawn, _fromRefusedUses));
    }

    private AiActSourceGroup Group(UseStatus status)
    {
        var (all, byMedium, byUse) = _groups[status];
        return all.Works == 0
            ? AiActSourceGroup.Empty
            : new AiActSourceGroup(all.Works, all.Events, [.. byMedium.Values.Select(t => t.ToCount())], [.. byUse.Values.Select(t => t.ToCount())]);
    }

    private static AiActTally Tally<TKey>(SortedDictionary<TKey, AiActTally> tallies, TKey key, string? name = null)
        where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new AiActTally(name ?? key.ToString()!);
            tallies.Add(key, tally);
        }

        return tally;
    }
}
