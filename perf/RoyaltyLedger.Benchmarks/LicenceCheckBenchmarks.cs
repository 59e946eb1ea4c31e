using System.Globalization;
using BenchmarkDotNet.Attributes;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;

namespace RoyaltyLedger.Benchmarks;

/// <summary>
/// The per-event licence check of ingest: find a work's snapshot by id among 100,000, then evaluate the use.
/// Each invocation runs <see cref="ChecksPerInvoke"/> pre-generated uses, so the reported mean is per check.
/// Uses pick works uniformly, so most checks miss every cache: the worst case for memory, and the honest one for
/// a catalogue far larger than the CPU's caches. <see cref="LookupAndEvaluateCoveredHot"/> shows the same check
/// when its data is cached, which is the cost of the check itself.
/// </summary>
[MemoryDiagnoser]
public class LicenceCheckBenchmarks
{
    private const int WorkCount = 100_000;
    private const int HotWorkCount = 1_000;
    private const int ChecksPerInvoke = 65_536;

    private Dictionary<string, CompiledWork> _works = [];
    private UseOfWork[] _mixed = [];
    private UseOfWork[] _covered = [];
    private UseOfWork[] _coveredHot = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = new LicenceCatalogue(WorkCount, seed: 20261127);
        _works = catalogue.Works;
        var random = new Random(7);
        var candidates = Enumerable.Range(0, ChecksPerInvoke * 8).Select(_ => NewUse(catalogue, random, WorkCount)).ToArray();
        _mixed = candidates[..ChecksPerInvoke];
        _covered = CoveredOnly(candidates);
        _coveredHot = CoveredOnly(Enumerable.Range(0, ChecksPerInvoke * 8).Select(_ => NewUse(catalogue, random, HotWorkCount)));
        var outcomes = _mixed.GroupBy(u => Evaluate(u).GetType().Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine($"// {WorkCount:N0} works; mixed uses: {string.Join(", ", outcomes)}");
    }

    /// <summary>Dictionary lookup and one field of the snapshot, to separate their cost (and their cache misses) from the check's.</summary>
    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public long LookupOnly()
    {
        long sum = 0;
        foreach (var use in _mixed)
        {
            sum += _works[use.WorkId].Version;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public int LookupAndEvaluateCovered() => CountCovered(_covered);

    /// <summary>Random uses, most of them not covered: their reasons are built as strings, so these allocate.</summary>
    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public int LookupAndEvaluateMixed() => CountCovered(_mixed);

    /// <summary>
    /// The mixed uses in blocks: the block's snapshots are looked up first (independent lookups, whose cache misses
    /// overlap), then the batch check reads ahead in them before evaluating.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public int LookupAndEvaluateMixedBatch() => CountCoveredInBatches(_mixed);

    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public int LookupAndEvaluateCoveredBatch() => CountCoveredInBatches(_covered);

    /// <summary>Covered uses of 1,000 works only, whose snapshots stay in the CPU's caches.</summary>
    [Benchmark(OperationsPerInvoke = ChecksPerInvoke)]
    public int LookupAndEvaluateCoveredHot() => CountCovered(_coveredHot);

    private int CountCovered(UseOfWork[] uses)
    {
        var covered = 0;
        foreach (var use in uses)
        {
            if (Evaluate(use) is Covered)
            {
                covered++;
            }
        }

        return covered;
    }

    private int CountCoveredInBatches(UseOfWork[] uses)
    {
        const int Block = LicenceEvaluator.BatchReadAhead;
        Span<LicenceDecision> decisions = new LicenceDecision[Block];
        var works = new CompiledWork[Block];
        var covered = 0;
        for (var start = 0; start < uses.Length; start += Block)
        {
            var block = uses.AsSpan(start, Math.Min(Block, uses.Length - start));
            for (var i = 0; i < block.Length; i++)
            {
                works[i] = _works[block[i].WorkId];
            }

            LicenceEvaluator.Evaluate(works.AsSpan(0, block.Length), block, decisions);
            for (var i = 0; i < block.Length; i++)
            {
                covered += decisions[i] is Covered ? 1 : 0;
            }
        }

        return covered;
    }

    private LicenceDecision Evaluate(UseOfWork use) => LicenceEvaluator.Evaluate(_works[use.WorkId], use);

    private UseOfWork[] CoveredOnly(IEnumerable<UseOfWork> candidates)
    {
        var covered = candidates.Where(u => Evaluate(u) is Covered).Take(ChecksPerInvoke).ToArray();
        return covered.Length == ChecksPerInvoke
            ? covered
            : throw new InvalidOperationException($"only {covered.Length:N0} generated uses are covered, {ChecksPerInvoke:N0} needed");
    }

    /// <summary>Three uses in four come from an operator that holds a licence for the work, with one of its models.</summary>
    private static UseOfWork NewUse(LicenceCatalogue catalogue, Random random, int workCount)
    {
        var workId = $"w-{random.Next(workCount):D6}";
        var licences = catalogue.Works[workId].Licences;
        var op = random.Next(4) > 0 ? licences[random.Next(licences.Count)].OperatorId : $"op-{random.Next(catalogue.OperatorModels.Length):D2}";
        var models = catalogue.OperatorModels[int.Parse(op.AsSpan(3), CultureInfo.InvariantCulture)];
        var use = random.Next(3) > 0 ? (random.Next(2) == 0 ? UseKind.Training : UseKind.Output) : LicenceCatalogue.AllUses[random.Next(5)];
        var at = LicenceCatalogue.Origin.AddDays(365 + random.Next(365)).AddSeconds(random.Next(86_400));
        var territory = LicenceCatalogue.TerritoryPool[random.Next(LicenceCatalogue.TerritoryPool.Length)];

        // Fresh strings, as deserialising an event would make, rather than references into the catalogue.
        return new UseOfWork(new string(op), new string(models[random.Next(models.Length)]), workId, use, at, new string(territory));
    }
}
