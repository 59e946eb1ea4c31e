using System.Numerics;
using CsCheck;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Server.Tests.Infrastructure;
using DomainTariff = RoyaltyLedger.Domain.Registry.Tariff;
using DomainUsageRules = RoyaltyLedger.Domain.Usage.UsageEventRules;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Random catalogues through the real server: 1 to 12 contributors in extreme splits, tariffs up to the maximum,
/// licensed (training), unlicensed (output) and refused (retrieval) uses. Per work, what operators and claims were
/// debited equals what parties and claimants were credited, equals the BigInteger price of every event, to the nano;
/// and the projection catches up (lag 0). Fixed seeds run a few catalogues on every build; ROYALTY_LONG_RUN=1 runs
/// many more, with a fresh seed each run, printed on failure so that it can be replayed.
/// </summary>
public abstract class ConservationProperties(ServerFixture fixture)
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly bool LongRun = Environment.GetEnvironmentVariable("ROYALTY_LONG_RUN") == "1";

    private static int _catalogues;

    private LedgerServer Server => fixture.Server;

    private sealed record Use(UseKind Kind, long Units, int WeightPpm);

    private sealed record Catalogue(int[] SharesBps, long PriceMicros, long PerUnits, long ClaimPriceMicros, long ClaimPerUnits, Use[] Uses);

    private static readonly Gen<int[]> GenShares = Gen.Int[1, 12].SelectMany(n => Gen.OneOf(
        Gen.Const(Extreme(n)),
        Gen.Int[0, 10_000].Array[n - 1].Select(cuts =>
        {
            int[] bounds = [0, .. cuts.Order(), 10_000];
            return Enumerable.Range(0, n).Select(i => bounds[i + 1] - bounds[i]).ToArray();
        })));

    private static readonly Gen<long> GenPrice = Gen.OneOf(Gen.Const(DomainTariff.MaxPriceMicros), Gen.Const(1L), Gen.Long[0, DomainTariff.MaxPriceMicros]);

    private static readonly Gen<long> GenPerUnits = Gen.OneOf(Gen.Const(1L), Gen.Const(1_000_000L), Gen.Long[1, DomainTariff.MaxPerUnits]);

    private static readonly Gen<Use> GenUse = Gen.Select(
        Gen.OneOf(Gen.Const(UseKind.Training), Gen.Const(UseKind.Output), Gen.Const(UseKind.Retrieval)),
        Gen.OneOf(Gen.Const(DomainUsageRules.MaxUnits), Gen.Const(1L), Gen.Long[1, DomainUsageRules.MaxUnits]),
        Gen.OneOf(Gen.Const(1_000_000), Gen.Const(1), Gen.Int[0, 1_000_000]),
        (kind, units, weight) => new Use(kind, units, weight));

    private static readonly Gen<Catalogue> GenCatalogue = Gen.Select(GenShares, GenPrice, GenPerUnits, GenPrice, GenPerUnits, GenUse.Array[1, 25],
        (shares, price, perUnits, claimPrice, claimPerUnits, uses) => new Catalogue(shares, price, perUnits, claimPrice, claimPerUnits, uses));

    /// <summary>n shares: 9,999 (or what is left) to the first, 1 bps to each of the others.</summary>
    private static int[] Extreme(int n) =>
        n == 1 ? [10_000] : [10_000 - (n - 1), .. Enumerable.Repeat(1, n - 1)];

    [Fact]
    public async Task Project_RandomCataloguesAndUses_EveryWorkConservesToTheNanoAndLagReachesZero()
    {
        await GenCatalogue.SampleAsync(CheckAsync, seed: LongRun ? null : Seed, iter: LongRun ? 200 : 8, threads: 1);
    }

    private async Task CheckAsync(Catalogue c)
    {
        var prefix = $"cp-{GetType().Name.Length}-{Interlocked.Increment(ref _catalogues)}";
        var work = await RegisterAsync(prefix, c);
        var batch = new UsageBatch { BatchSeq = 1 };
        batch.Events.AddRange(c.Uses.Select((u, i) => new UsageEvent
        {
            EventId = $"e-{i}", ModelId = $"{prefix}-model", WorkId = work, Use = u.Kind, Units = u.Units, UnitKind = "tokens",
            AttributionWeightPpm = (uint)u.WeightPpm, OccurredAt = Slice.UsedAt, AttributionMethod = "manifest", AttributionMethodVersion = "1",
        }));

        var (_, acks) = await new Slice(prefix).SendAsync(Server.Ingest, "cp", batch);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = $"{prefix}-c00", WaitForProjection = true });

        Assert.Equal((uint)c.Uses.Length, Assert.Single(acks).Accepted);
        Assert.True(statement.PendingBatches == 0, $"projection lag is {statement.PendingBatches} batches for {c}");
        var sums = await WorkSumsAsync(work);
        var licensed = c.Uses.Where(u => u.Kind == UseKind.Training).Aggregate(BigInteger.Zero, (s, u) => s + Price(u, c.PriceMicros, c.PerUnits, 10_000));
        var claims = c.Uses.Where(u => u.Kind != UseKind.Training).Aggregate(BigInteger.Zero, (s, u) => s + Price(u, c.ClaimPriceMicros, c.ClaimPerUnits, 10_000));
        Assert.Equal((licensed, claims), (sums.GetValueOrDefault("operator"), sums.GetValueOrDefault("claims")));
        Assert.Equal(sums.GetValueOrDefault("operator") + sums.GetValueOrDefault("claims"), -(sums.GetValueOrDefault("party") + sums.GetValueOrDefault("claimed")));
        var quarantined = await Server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest());
        Assert.True(quarantined.Total == 0, $"{quarantined.Total} uses quarantined for {c}: {string.Join("; ", quarantined.Uses.Select(u => u.ErrorMessage))}");
    }

    /// <summary>floor(units × price × weight × 10^3 × shares / (per_units × 10^6 × 10^4)), exactly.</summary>
    private static BigInteger Price(Use u, long price, long perUnits, int shares) =>
        BigInteger.Divide((BigInteger)u.Units * price * u.WeightPpm * 1_000 * shares, (BigInteger)perUnits * 1_000_000 * 10_000);

    /// <summary>The work's journal lines summed by account kind ("operator", "party", "claims", "claimed").</summary>
    private async Task<Dictionary<string, BigInteger>> WorkSumsAsync(string work)
    {
        var sums = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
        for (long from = 1; ;)
        {
            var page = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = from, Limit = 1_000 });
            if (page.Entries.Count == 0)
            {
                return sums;
            }

            foreach (var line in page.Entries.SelectMany(e => e.Lines).Where(l => l.WorkId == work))
            {
                var kind = line.Account[..line.Account.IndexOf(':', StringComparison.Ordinal)];
                sums[kind] = sums.GetValueOrDefault(kind) + (BigInteger)Int128Wire.Parse(line.AmountNanos, "amount_nanos");
            }

            from = page.NextEntryNo;
        }
    }

    private async Task<string> RegisterAsync(string prefix, Catalogue c)
    {
        var registry = Server.Registry;
        var creators = Enumerable.Range(0, c.SharesBps.Length).Select(i => $"{prefix}-c{i:D2}").ToArray();
        var (op, model, work, society) = ($"{prefix}-op", $"{prefix}-model", $"{prefix}-work", $"{prefix}-soc");
        foreach (var creator in creators)
        {
            await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = creator, DisplayName = creator });
        }

        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = op, DisplayName = "Operator" });
        await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = model, OperatorId = op, DisplayName = "Model" });
        var request = new RegisterWorkRequest { WorkId = work, Title = "Random", Medium = "music" };
        request.Contributors.AddRange(creators.Select((creator, i) => new Contributor { CreatorId = creator, Role = $"role-{i}", ShareBps = (uint)c.SharesBps[i] }));
        await registry.RegisterWorkAsync(request);
        await registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = $"{prefix}-lic", LicensorCreatorId = creators[0], WorkIds = { work }, OperatorId = op, Uses = { UseKind.Training },
                StartsAt = Slice.LicenceStart, Tariff = new Tariff { Currency = "EUR", PriceMicros = c.PriceMicros, PerUnits = c.PerUnits, UnitKind = "tokens" },
            },
        });
        foreach (var creator in creators.Skip(1))
        {
            await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = creator, WorkId = work, Use = UseKind.Training, OperatorId = op, Decision = ConsentDecision.Granted,
            });
        }

        // The last creator refuses retrieval, so retrieval uses are refused: claims like unlicensed ones.
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = creators[^1], WorkId = work, Use = UseKind.Retrieval, OperatorId = op, Decision = ConsentDecision.Refused,
        });
        await registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = society, DisplayName = "Society", CommissionBps = 1_000 });
        foreach (var creator in creators)
        {
            await registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = creator });
        }

        foreach (var use in new[] { UseKind.Output, UseKind.Retrieval })
        {
            await registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
            {
                SocietyId = society, Use = use, Tariff = new Tariff { Currency = "EUR", PriceMicros = c.ClaimPriceMicros, PerUnits = c.ClaimPerUnits, UnitKind = "tokens" },
            });
        }

        return work;
    }
}

public sealed class SqliteConservationProperties(SqliteServerFixture fixture) : ConservationProperties(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresConservationProperties(PostgresServerFixture fixture) : ConservationProperties(fixture), IClassFixture<PostgresServerFixture>;
