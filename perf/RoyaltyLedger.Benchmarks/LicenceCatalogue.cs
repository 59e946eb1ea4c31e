using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Benchmarks;

/// <summary>
/// A seeded, realistic catalogue for the licence check: works with 1–4 contributors (a third of them with a later
/// split version that adds one), most in one of 200 rightsholders' catalogues, 1–3 licences each (catalogue licences shared by every
/// work of their rightsholder), and consent records of every contributor, mostly blanket grants with some refusals.
/// </summary>
internal sealed class LicenceCatalogue
{
    public static readonly DateTimeOffset Origin = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly string[] TerritoryPool = ["FR", "DE", "US", "GB", "JP", "BR", "NG", "IN", "CA", "AU", "ES", "IT"];
    public static readonly UseKind[] AllUses = [UseKind.Training, UseKind.FineTuning, UseKind.Retrieval, UseKind.Output, UseKind.StyleImitation];

    private const int Creators = 20_000;
    private const int Rightsholders = 200;
    private const int Operators = 20;

    private static readonly Tariff Tokens = new("EUR", 2_000_000, 1_000_000, "tokens");

    private readonly Random _random;
    private readonly Licence[][] _catalogueLicences;

    public LicenceCatalogue(int works, int seed)
    {
        _random = new Random(seed);
        OperatorModels = [.. Enumerable.Range(0, Operators).Select(o => Enumerable.Range(0, 1 + _random.Next(5)).Select(m => $"op-{o:D2}.m-{m}").ToArray())];
        _catalogueLicences = [.. Enumerable.Range(0, Rightsholders).Select(r => Enumerable.Range(0, 1 + _random.Next(2))
            .Select(i => NewLicence($"L-r{r:D3}-{i}", Licensor.OfRightsholder($"r-{r:D3}"), workIds: null)).ToArray())];
        Works = new Dictionary<string, CompiledWork>(works, StringComparer.Ordinal);
        for (var w = 0; w < works; w++)
        {
            var snapshot = NewWork($"w-{w:D6}");
            Works.Add(snapshot.WorkId, snapshot);
        }
    }

    public string[][] OperatorModels { get; }

    public Dictionary<string, CompiledWork> Works { get; }

    private CompiledWork NewWork(string workId)
    {
        var creators = Enumerable.Range(0, 1 + _random.Next(4)).Select(_ => $"c-{_random.Next(Creators):D5}").Distinct().ToArray();
        var versions = new List<SplitVersion> { Split(Origin.AddDays(-_random.Next(700)), creators) };
        if (_random.Next(3) == 0)
        {
            var joined = creators.Append($"c-{_random.Next(Creators):D5}").Distinct().ToArray();
            versions.Add(Split(Origin.AddDays(30 + _random.Next(500)), joined));
        }

        var contributors = versions.SelectMany(v => v.Contributors).Select(c => c.CreatorId).Distinct().ToArray();
        var rightsholder = _random.Next(10) < 6 ? _random.Next(Rightsholders) : -1;
        var licences = new List<Licence>();
        if (rightsholder >= 0)
        {
            licences.AddRange(_catalogueLicences[rightsholder].Take(1 + _random.Next(2)));
        }

        for (var i = 0; licences.Count == 0 || (licences.Count < 3 && _random.Next(2) == 0); i++)
        {
            var licensor = _random.Next(2) == 0 ? Licensor.OfCreator(contributors[0]) : Licensor.OfRightsholder($"r-{_random.Next(Rightsholders):D3}");
            licences.Add(NewLicence($"L-{workId}-{i}", licensor, [workId]));
        }

        return CompiledWork.Create(workId, 1, rightsholder >= 0 ? [$"r-{rightsholder:D3}"] : [],
            SplitHistory.Create(workId, versions), [.. contributors.SelectMany(c => Consents(c, workId))], licences);
    }

    /// <summary>Nine in ten creators grant training and output to everyone; some refuse one use, some decide per work or operator.</summary>
    private IEnumerable<ConsentRecord> Consents(string creatorId, string workId)
    {
        if (_random.Next(10) < 9)
        {
            yield return new ConsentRecord(creatorId, null, UseKind.Training, null, ConsentState.Granted);
            yield return new ConsentRecord(creatorId, null, UseKind.Output, null, ConsentState.Granted);
        }

        if (_random.Next(20) == 0)
        {
            yield return new ConsentRecord(creatorId, null, UseKind.StyleImitation, null, ConsentState.Refused);
        }

        if (_random.Next(10) == 0)
        {
            yield return new ConsentRecord(creatorId, workId, RandomUse(), $"op-{_random.Next(Operators):D2}",
                _random.Next(3) == 0 ? ConsentState.Refused : ConsentState.Granted);
        }
    }

    private Licence NewLicence(string id, Licensor licensor, IReadOnlyList<string>? workIds)
    {
        var op = _random.Next(Operators);
        var models = OperatorModels[op];
        var start = Origin.AddDays(_random.Next(540));
        var tariff = _random.Next(4) == 0 ? null : Tokens;
        int? revenueShare = _random.Next(4) == 0 ? 1_000 + _random.Next(2_000) : null;
        return new Licence
        {
            LicenceId = id,
            Licensor = licensor,
            OperatorId = $"op-{op:D2}",
            ModelIds = _random.Next(2) == 0 ? null : [.. models.Take(1 + _random.Next(models.Length))],
            WorkIds = workIds,
            Uses = _random.Next(3) == 0 ? [.. AllUses] : [UseKind.Training, UseKind.Output],
            TerritoryCodes = _random.Next(2) == 0 ? null : [.. TerritoryPool.Where(_ => _random.Next(3) > 0).DefaultIfEmpty("FR")],
            StartsAt = start,
            EndsAt = _random.Next(10) < 3 ? start.AddDays(90 + _random.Next(600)) : null,
            Retroactive = _random.Next(5) == 0,
            Tariff = tariff,
            RevenueShareBasisPoints = revenueShare,
            AttributionOnly = tariff is null && revenueShare is null,
        };
    }

    private UseKind RandomUse() => AllUses[_random.Next(AllUses.Length)];

    private static SplitVersion Split(DateTimeOffset from, string[] creators) =>
        new(from, [.. creators.Select((c, i) => new Contributor(c, "author", 10_000 / creators.Length + (i == 0 ? 10_000 % creators.Length : 0)))]);
}
