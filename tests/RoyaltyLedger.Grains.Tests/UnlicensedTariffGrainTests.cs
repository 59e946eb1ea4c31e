using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Registry;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>A work grain's ratings of unlicensed uses and the unlicensed tariffs of its contributors' societies.</summary>
[Collection(ClusterGroup.Name)]
public class UnlicensedTariffGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Rate_TariffStoredWithoutARefresh_ReachesTheWorkExactlyAtTheSnapshotMaxAge()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("ut-age-w");
        await work.Register(new WorkDefinition("ut-age-w", "Aged", "text",
            [new ContributorShare("ut-age-c1", "author", 7_000), new ContributorShare("ut-age-c2", "translator", 3_000)]));
        await fixture.SocietyMembers.AddMemberAsync("ut-age-soc", "ut-age-c2", "creator", 0, CancellationToken.None);
        UseQuery[] output = [new("m-1", UseKind.Output, DateTimeOffset.UnixEpoch, "", "tokens")];
        var first = await RateAsync(work, output);

        // Stored straight in the ledger: no refresh is sent, as when one is missed.
        await fixture.SocietyTariffs.SetUnlicensedTariffAsync(
            new UnlicensedTariffEntry("ut-age-soc", (int)UseKind.Output, "tokens", 3_000_000, 1_000_000, "EUR", 0), CancellationToken.None);
        fixture.Clock.Advance(WorkGrain.MaxSnapshotAge - TimeSpan.FromMilliseconds(1));
        var justBefore = await RateAsync(work, output);
        fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var atMaxAge = await RateAsync(work, output);

        Assert.Equal((UseStatus.Unlicensed, 0), (first.Status, first.UnlicensedTariffs.Length));
        Assert.Empty(justBefore.UnlicensedTariffs);
        Assert.Equal<ContributorTariff>([new("ut-age-c2", "ut-age-soc", new TariffTerms("EUR", 3_000_000, 1_000_000, "tokens"))], atMaxAge.UnlicensedTariffs);
    }

    [Fact]
    public async Task Rate_LicensedUse_CarriesNoUnlicensedTariff()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("ut-lic-w");
        await work.Register(new WorkDefinition("ut-lic-w", "Licensed", "text", [new ContributorShare("ut-lic-c1", "author", 10_000)]));
        await fixture.SocietyMembers.AddMemberAsync("ut-lic-soc", "ut-lic-c1", "creator", 0, CancellationToken.None);
        await fixture.SocietyTariffs.SetUnlicensedTariffAsync(
            new UnlicensedTariffEntry("ut-lic-soc", (int)UseKind.Training, "tokens", 3_000_000, 1_000_000, "EUR", 0), CancellationToken.None);
        await fixture.Licences.IssueAsync(new(
            "ut-lic-l", Domain.Licensing.LicensorKind.Creator, "ut-lic-c1", "op-1", [], ["ut-lic-w"], [UseKind.Training], [],
            DateTimeOffset.UnixEpoch, null, false, new TariffTerms("EUR", 1, 1, "tokens"), null, false), CancellationToken.None);

        var rating = await RateAsync(work, [new("m-1", UseKind.Training, DateTimeOffset.UnixEpoch.AddDays(1), "", "tokens")]);

        Assert.Equal((UseStatus.Licensed, 0), (rating.Status, rating.UnlicensedTariffs.Length));
    }

    private static async Task<UseRating> RateAsync(IWorkGrain work, UseQuery[] uses) =>
        Assert.Single((await work.Rate("op-1", [.. uses]))!.Value);
}
