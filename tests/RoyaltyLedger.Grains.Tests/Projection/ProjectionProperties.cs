using CsCheck;
using RoyaltyLedger.Contracts.V1;
using static RoyaltyLedger.Grains.Tests.Projection.UsageLog;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>Totals do not depend on how the log is cut into rounds, and money is conserved between a work and its creators.</summary>
[Collection(ClusterGroup.Name)]
public class ProjectionProperties(ClusterFixture fixture)
{
    private const string Seed = "0N0XIzNsQ0O2";

    /// <summary>What a generated event is about; each catalogue turns it into its own ids.</summary>
    public enum Kind { Tariff, WrongUnit, Revenue, Refused, Unlicensed, UnknownWork, KnownIsrc, UnknownIsrc }

    public sealed record Spec(Kind Kind, long Units, uint WeightPpm, long RevenueMicros, bool October, bool Counted);

    private static readonly Gen<Spec> GenSpec = Gen.Select(
        Gen.Enum<Kind>(), Gen.Long[1, 3_000_000], Gen.UInt[0, 1_000_000], Gen.Long[0, 5_000_000], Gen.Bool,
        Gen.Frequency((6, Gen.Const(true)), (1, Gen.Const(false))),
        (kind, units, weight, revenue, october, counted) => new Spec(kind, units, weight, revenue, october, counted));

    private static int s_case;

    [Fact]
    public async Task ProjectRound_AnyCutIntoRounds_GivesTheTotalsOfOneRound()
    {
        await Projectors.ReadyAsync(fixture);
        await Gen.Select(GenSpec.Array[1, 8].Array[1, 6], Gen.Int[1, 4].Array[1, 6]).SampleAsync(async (batches, roundSizes) =>
        {
            var n = Interlocked.Increment(ref s_case);
            var whole = await Projectors.CatalogueAsync(fixture, $"pp{n}-whole");
            var cut = await Projectors.CatalogueAsync(fixture, $"pp{n}-cut");
            var projector = await Projectors.ReadyAsync(fixture);

            await AppendAllAsync(whole, batches);
            var one = await projector.ProjectRound(200);
            Assert.Equal(batches.Length, one.Batches);

            await AppendAllAsync(cut, batches);
            for (var round = 0; await projector.Lag() > 0; round++)
            {
                Assert.True(round < batches.Length, $"{batches.Length} batches still pending after {round} rounds");
                await projector.ProjectRound(roundSizes[round % roundSizes.Length]);
            }

            var expected = Normalized(whole, await TotalsAsync(fixture, whole.Operator));
            var actual = Normalized(cut, await TotalsAsync(fixture, cut.Operator));
            Assert.Equal(expected, actual);
            AssertCreatorsShareEachWorksAmount(actual);
        }, seed: Seed, iter: 12, threads: 1);
    }

    private async Task AppendAllAsync(ProjectionCatalogue c, Spec[][] batches)
    {
        for (var b = 0; b < batches.Length; b++)
        {
            var events = batches[b].Select((spec, i) => ToEvent(c, $"{c.Prefix}-{b}-{i}", spec)).ToList();
            await AppendAsync(fixture, c.Operator, events, [.. batches[b].Select(s => s.Counted)]);
        }
    }

    private static UsageEvent ToEvent(ProjectionCatalogue c, string id, Spec spec)
    {
        var work = spec.Kind switch
        {
            Kind.Tariff or Kind.WrongUnit => c.TariffWork,
            Kind.Revenue => c.RevenueWork,
            Kind.Refused => c.RefusedWork,
            Kind.Unlicensed => c.UnlicensedWork,
            Kind.UnknownWork => $"{c.Prefix}-nowork",
            _ => "",
        };
        var e = Event(id, c.Model, work, spec.Units, spec.WeightPpm, spec.Kind == Kind.WrongUnit ? "images" : "tokens", spec.October ? October : November);
        if (spec.Kind is Kind.KnownIsrc or Kind.UnknownIsrc)
        {
            e.WorkRef = new Identifier { Scheme = "isrc", Value = spec.Kind == Kind.KnownIsrc ? c.TariffIsrc : c.UnknownIsrc };
        }

        if (spec.Kind == Kind.Revenue)
        {
            e.RevenueMicros = spec.RevenueMicros;
            e.RevenueCurrency = "EUR";
        }

        return e;
    }

    /// <summary>The rows with the catalogue's own ids and identifiers replaced, so that two catalogues compare.</summary>
    private static List<TotalRow> Normalized(ProjectionCatalogue c, List<TotalRow> rows)
    {
        string Plain(string s) => s.Replace(c.Prefix, "P", StringComparison.Ordinal)
            .Replace(c.UnknownIsrc.Replace("-", "", StringComparison.Ordinal), "UNKNOWN-ISRC", StringComparison.Ordinal);
        return [.. rows.Select(r => r with { Party = Plain(r.Party), Work = Plain(r.Work), Model = Plain(r.Model) }).OrderBy(r => r.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>For every work-level row with creators, the creators' amounts add up to the work's, and each counts every event.</summary>
    private static void AssertCreatorsShareEachWorksAmount(List<TotalRow> rows)
    {
        foreach (var work in rows.Where(r => r.Party.Length == 0 && r.Status != "unidentified"))
        {
            var creators = rows.Where(r => r.Party.Length > 0 && r with { Party = "", Events = 0, Units = 0, Nanos = 0 } == work with { Events = 0, Units = 0, Nanos = 0 }).ToList();
            Assert.NotEmpty(creators);
            Assert.Equal(work.Nanos, creators.Sum(r => r.Nanos));
            Assert.All(creators, r => Assert.Equal((work.Events, work.Units), (r.Events, r.Units)));
        }
    }
}
