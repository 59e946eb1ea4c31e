using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Licensing;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>
/// One operator and model, three creators, and a work for each way a use can stand, all ids prefixed:
/// <list type="bullet">
/// <item>tariff: 60/40, licensed by the composer at 2 EUR per million tokens, the lyricist consents; carries <see cref="TariffIsrc"/>;</item>
/// <item>revenue: 3,333/3,333/3,334, licensed by the composer for 10 % of revenue, the others consent;</item>
/// <item>refused: 60/40, licensed by the composer, but the lyricist refuses;</item>
/// <item>unlicensed: 60/40, no licence.</item>
/// </list>
/// </summary>
internal sealed record ProjectionCatalogue(string Prefix, int Number)
{
    public string Operator => $"{Prefix}-op";
    public string Model => $"{Prefix}-model";
    public string Composer => $"{Prefix}-composer";
    public string Lyricist => $"{Prefix}-lyricist";
    public string Producer => $"{Prefix}-producer";
    public string TariffWork => $"{Prefix}-tariff";
    public string RevenueWork => $"{Prefix}-revenue";
    public string RefusedWork => $"{Prefix}-refused";
    public string UnlicensedWork => $"{Prefix}-unlicensed";

    /// <summary>A recording code only this catalogue's tariff work carries, as printed (with hyphens).</summary>
    public string TariffIsrc => $"QZ-K6P-26-{Number:D5}";

    /// <summary>A recording code no work carries.</summary>
    public string UnknownIsrc => $"QZ-K6Q-26-{Number:D5}";

    public ImmutableArray<ContributorShare> Duo => [new(Composer, "composer", 6_000), new(Lyricist, "lyricist", 4_000)];

    public async Task<ProjectionCatalogue> SeedAsync(ClusterFixture fixture)
    {
        var grains = fixture.Grains;
        await grains.GetGrain<IOperatorGrain>(Operator).Register(new OperatorProfile(Operator, "Operator"));
        await grains.GetGrain<IModelGrain>(Model).Register(new ModelProfile(Model, Operator, "Model"));
        foreach (var creator in new[] { Composer, Lyricist, Producer })
        {
            await grains.GetGrain<ICreatorGrain>(creator).Register(new CreatorProfile(creator, creator));
        }

        Isrc.TryNormalize(TariffIsrc, out var isrc);
        await RegisterWorkAsync(fixture, TariffWork, Duo, [new IdentifierRecord(IdentifierScheme.Isrc, isrc)]);
        await RegisterWorkAsync(fixture, RevenueWork, [new(Composer, "author", 3_333), new(Lyricist, "author", 3_333), new(Producer, "producer", 3_334)]);
        await RegisterWorkAsync(fixture, RefusedWork, Duo);
        await RegisterWorkAsync(fixture, UnlicensedWork, Duo);
        await ConsentAsync(fixture, Lyricist, TariffWork, "granted");
        await ConsentAsync(fixture, Lyricist, RevenueWork, "granted");
        await ConsentAsync(fixture, Producer, RevenueWork, "granted");
        await ConsentAsync(fixture, Lyricist, RefusedWork, "refused");
        await LicenseAsync(fixture, TariffWork, $"{Prefix}-lic-tariff", Tariff, null);
        await LicenseAsync(fixture, RevenueWork, $"{Prefix}-lic-revenue", null, 1_000);
        await LicenseAsync(fixture, RefusedWork, $"{Prefix}-lic-refused", Tariff, null);
        return this;
    }

    public static readonly TariffTerms Tariff = new("EUR", 2_000_000, 1_000_000, "tokens");

    public static Task RegisterWorkAsync(ClusterFixture fixture, string workId, ImmutableArray<ContributorShare> split, ImmutableArray<IdentifierRecord> identifiers = default) =>
        fixture.Grains.GetGrain<IWorkGrain>(workId).Register(new WorkDefinition(workId, workId, "music", split)
        {
            Identifiers = identifiers.IsDefault ? [] : identifiers,
        });

    /// <summary>Licenses training of the work to the operator, granted by the composer.</summary>
    public Task LicenseAsync(ClusterFixture fixture, string workId, string licenceId, TariffTerms? tariff, int? revenueShareBasisPoints) =>
        fixture.Licences.IssueAsync(new LicenceRecord(licenceId, LicensorKind.Creator, Composer, Operator, [], [workId],
            [UseKind.Training], [], DateTimeOffset.UnixEpoch, null, false, tariff, revenueShareBasisPoints, false), CancellationToken.None);

    public Task ConsentAsync(ClusterFixture fixture, string creatorId, string workId, string decision) =>
        fixture.Consents.AppendConsentAsync(new ConsentEntry(0, creatorId, workId, (int)UseKind.Training, Operator, decision, 0, "test"), CancellationToken.None);
}
