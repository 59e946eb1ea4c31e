using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>The licence-request grain on the test cluster, with the shared fake clock moved where timing matters.</summary>
[Collection(ClusterGroup.Name)]
public class LicenceRequestGrainTests(ClusterFixture fixture)
{
    private static readonly TariffTerms Tariff = new("EUR", 2_000_000, 1_000_000, "tokens");

    [Fact]
    public async Task Decide_RetriedLaterAndAfterDeactivation_IsNoOpAndTheLicenceStartsAtTheFirstDecision()
    {
        await WorkAsync("lrg-retry-w", ["lrg-retry-c"]);
        var grain = fixture.Grains.GetGrain<ILicenceRequestGrain>("lrg-retry");
        await grain.File(Terms("lrg-retry", ["lrg-retry-w"]));
        var decidedAt = fixture.Clock.GetUtcNow();

        var first = await grain.Decide(Approve("lrg-retry-c"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await fixture.Cluster.DeactivateAsync((IAddressable)grain);
        var retried = await grain.Decide(Approve("lrg-retry-c"));

        Assert.Null(first.Refusal);
        Assert.Null(retried.Refusal);
        Assert.Equal(decidedAt, retried.Request!.Decisions[0].DecidedAt);
        var licence = await fixture.Licences.FindAsync("lrg-retry.1", CancellationToken.None);
        Assert.Equal((decidedAt, "lrg-retry-c"), (licence?.StartsAt, licence?.LicensorId));
    }

    [Fact]
    public async Task Decide_LastApprovalAfterTheRequestedEnd_WorkLapsesWithoutALicence()
    {
        await WorkAsync("lrg-lapse-w", ["lrg-lapse-c"]);
        var grain = fixture.Grains.GetGrain<ILicenceRequestGrain>("lrg-lapse");
        await grain.File(Terms("lrg-lapse", ["lrg-lapse-w"]) with { EndsAt = fixture.Clock.GetUtcNow().AddHours(1) });

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var result = await grain.Decide(Approve("lrg-lapse-c"));

        Assert.Equal(("closed", RequestedWorkRecord.Lapsed, null), (result.Request!.Status, result.Request.Works[0].Status, result.Request.Works[0].LicenceId));
        Assert.Null(await fixture.Licences.FindAsync("lrg-lapse.1", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptCounter_TwoPartiesCounteredTheSamePricing_LicensesTheWorkAtIt()
    {
        await WorkAsync("lrg-same-w", ["lrg-same-a", "lrg-same-b"]);
        var grain = fixture.Grains.GetGrain<ILicenceRequestGrain>("lrg-same");
        await grain.File(Terms("lrg-same", ["lrg-same-w"]));
        var counter = new CounterTerms(null, 700);
        await grain.Decide(Counter("lrg-same-a", counter));
        await grain.Decide(Counter("lrg-same-b", counter));

        var first = await grain.AcceptCounter("lrg-same-a");
        var second = await grain.AcceptCounter("lrg-same-b");

        Assert.Equal((null, RequestedWorkRecord.Pending), (first.Refusal, first.Request!.Works[0].Status));
        Assert.Equal((null, RequestedWorkRecord.Licensed), (second.Refusal, second.Request!.Works[0].Status));
        var licence = await fixture.Licences.FindAsync("lrg-same.1", CancellationToken.None);
        Assert.Equal((null, 700), (licence?.Tariff, licence?.RevenueShareBasisPoints));
    }

    [Fact]
    public async Task Decide_AdminNamesAnIdAskedAsCreatorAndAsRightsholder_IsRefusedUntilTheKindIsKnown()
    {
        await WorkAsync("lrg-dual-w", ["lrg-dual"], rightsholders: ["lrg-dual"]);
        var grain = fixture.Grains.GetGrain<ILicenceRequestGrain>("lrg-dual");
        await grain.File(Terms("lrg-dual", ["lrg-dual-w"]));

        var ambiguous = await grain.Decide(Approve("lrg-dual"));
        var asCreator = await grain.Decide(Approve("lrg-dual") with { PartyKind = RequestPartyKind.Creator });
        var asRightsholder = await grain.Decide(Approve("lrg-dual") with { PartyKind = RequestPartyKind.Rightsholder });

        Assert.Equal("lrg-dual is asked both as a creator and as a rightsholder in licence request lrg-dual; decide with that party's own key, which says which it is",
            ambiguous.Refusal);
        Assert.Equal((null, RequestedWorkRecord.Pending), (asCreator.Refusal, asCreator.Request!.Works[0].Status));
        Assert.Equal((null, RequestedWorkRecord.Licensed), (asRightsholder.Refusal, asRightsholder.Request!.Works[0].Status));
        Assert.Equal(Domain.Licensing.LicensorKind.Rightsholder, (await fixture.Licences.FindAsync("lrg-dual.1", CancellationToken.None))?.LicensorKind);
    }

    private async Task WorkAsync(string workId, string[] creators, ImmutableArray<string> rightsholders = default)
    {
        var share = 10_000 / creators.Length;
        await fixture.Grains.GetGrain<IWorkGrain>(workId).Register(
            new WorkDefinition(workId, workId, "text", [.. creators.Select(c => new ContributorShare(c, "author", share))])
            {
                RightsholderIds = rightsholders.IsDefault ? [] : rightsholders,
            });
    }

    private static LicenceRequestTerms Terms(string id, ImmutableArray<string> works) =>
        new(id, $"{id}-op", works, [], [UseKind.Training], Tariff, "test");

    private static PartyDecisionRecord Approve(string party) =>
        new(party, RequestPartyKind.Unspecified, RequestDecisionKind.Approved, "", null, null);

    private static PartyDecisionRecord Counter(string party, CounterTerms counter) =>
        new(party, RequestPartyKind.Unspecified, RequestDecisionKind.Countered, "", counter, null);
}
