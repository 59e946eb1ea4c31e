using BenchmarkDotNet.Attributes;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Benchmarks;

/// <summary>The per-event hot path of ingest: price one use and split it among a work's contributors.</summary>
[MemoryDiagnoser]
public class RatingBenchmarks
{
    private readonly Tariff _tariff = new("EUR", 2_000_000, 1_000_000, "tokens");
    private readonly Contributor[] _two = [new("composer", "composer", 6_000), new("lyricist", "lyricist", 4_000)];
    private readonly Contributor[] _five =
    [
        new("a", "author", 3_334), new("b", "author", 3_333), new("c", "editor", 1_111), new("d", "translator", 1_111), new("e", "illustrator", 1_111),
    ];

    [Benchmark]
    public Int128 Rate() => UsageRater.AmountNanos(123_456, _tariff, 750_000);

    [Benchmark]
    public Int128[] RateAndSplitTwo() => UsageRater.SplitNanos(UsageRater.AmountNanos(123_456, _tariff, 750_000), _two);

    [Benchmark]
    public Int128[] RateAndSplitFive() => UsageRater.SplitNanos(UsageRater.AmountNanos(123_456, _tariff, 750_000), _five);
}
