using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Licence requests over gRPC: rightsholders decide too, counters, withdrawal, catalogues, and who may do what.</summary>
public abstract class LicenceRequestTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static readonly Tariff Proposed = new() { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" };

    [Fact]
    public async Task Decide_RightsholderHeldWork_IsLicensedOnlyOnceTheRightsholderApprovesToo()
    {
        var p = await PartiesAsync("lrq-rh", works: 1, rightsholder: true);
        await FileAsync(p, "lrq-rh-1", p.Works);
        var creator = await Server.ClientsForAsync(Role.Creator, p.Creator(0));
        var rightsholder = await Server.ClientsForAsync(Role.Rightsholder, p.Rightsholder);

        var afterCreator = await creator.LicenceRequests.DecideAsync(Approve("lrq-rh-1", p.Creator(0)));
        var afterRightsholder = await rightsholder.LicenceRequests.DecideAsync(Approve("lrq-rh-1", p.Rightsholder));

        Assert.Equal(("open", "pending"), (afterCreator.Status, afterCreator.Works[0].Status));
        Assert.Equal([(p.Creator(0), "creator"), (p.Rightsholder, "rightsholder")], afterCreator.Decisions.Select(d => (d.PartyId, d.PartyKind)));
        Assert.Equal(("closed", "licensed", "lrq-rh-1.1"), (afterRightsholder.Status, afterRightsholder.Works[0].Status, afterRightsholder.Works[0].LicenceId));
        var licence = await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "lrq-rh-1.1" });
        // Without starts_at the licence starts when the last approval was recorded: the rightsholder's.
        Assert.Equal((p.Rightsholder, p.Works[0], afterRightsholder.Decisions[1].DecidedAt), (licence.LicensorRightsholderId, Assert.Single(licence.WorkIds), licence.StartsAt));
        var coverage = await Server.Registry.GetLicenceCoverageAsync(new GetLicenceCoverageRequest { LicenceId = "lrq-rh-1.1" });
        Assert.True(Assert.Single(coverage.Works).Covered, "the creator's approval should count as consent under the rightsholder's licence");

        var listed = await rightsholder.LicenceRequests.ListRequestsAsync(new ListLicenceRequestsRequest { PartyId = p.Rightsholder });
        Assert.Equal(["lrq-rh-1"], listed.Requests.Select(r => r.RequestId));
        Assert.Equal("lrq-rh-1", (await rightsholder.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = "lrq-rh-1" })).RequestId);
    }

    [Fact]
    public async Task AcceptCounter_CounteredTariff_LicensesTheWorkAtTheCounter()
    {
        var p = await PartiesAsync("lrq-counter", works: 1);
        await FileAsync(p, "lrq-counter-1", p.Works, revenueShareBps: 300);
        var creator = await Server.ClientsForAsync(Role.Creator, p.Creator(0));
        var op = await Server.ClientsForAsync(Role.Operator, p.Operator);
        var counter = new Tariff { Currency = "EUR", PriceMicros = 3_500_000, PerUnits = 1_000_000, UnitKind = "tokens" };

        var countered = await creator.LicenceRequests.DecideAsync(new DecideLicenceRequestRequest
        {
            RequestId = "lrq-counter-1", PartyId = p.Creator(0), Decision = RequestDecision.Countered, CounterTariff = counter, Note = "3.50 or nothing",
        });
        var accepted = await op.LicenceRequests.AcceptCounterAsync(new AcceptCounterRequest { RequestId = "lrq-counter-1", PartyId = p.Creator(0) });
        var again = await op.LicenceRequests.AcceptCounterAsync(new AcceptCounterRequest { RequestId = "lrq-counter-1", PartyId = p.Creator(0) });

        Assert.Equal(("open", "pending", RequestDecision.Countered), (countered.Status, countered.Works[0].Status, countered.Decisions[0].Decision));
        var decision = accepted.Decisions[0];
        Assert.Equal((RequestDecision.Approved, counter, true), (decision.Decision, decision.CounterTariff, decision.CounterAcceptedAt is not null));
        Assert.Equal(("closed", "licensed"), (accepted.Status, accepted.Works[0].Status));
        Assert.Equal(accepted, again);
        var licence = await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "lrq-counter-1.1" });
        // The counter replaces the request's pricing as a whole: its tariff, and no revenue share since it proposed none.
        Assert.Equal((counter, false, decision.CounterAcceptedAt), (licence.Tariff, licence.HasRevenueShareBps, licence.StartsAt));
    }

    [Fact]
    public async Task AcceptCounter_AnotherPartyCounteredOtherPricingOnTheSameWork_IsFailedPreconditionAndChangesNothing()
    {
        var s = await new Slice("lrq-clash").RegisterAsync(Server.Admin);
        await Server.Admin.LicenceRequests.FileRequestAsync(Request("lrq-clash-1", s.Operator, [s.Work]));
        await Server.Admin.LicenceRequests.DecideAsync(Counter("lrq-clash-1", s.Composer, priceMicros: 3_000_000));
        var before = await Server.Admin.LicenceRequests.DecideAsync(Counter("lrq-clash-1", s.Lyricist, revenueShareBps: 500));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Admin.LicenceRequests.AcceptCounterAsync(new AcceptCounterRequest { RequestId = "lrq-clash-1", PartyId = s.Composer }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal($"the counter of creator {s.Composer} (EUR 3.000000 per 1,000,000 tokens) cannot be accepted on licence request lrq-clash-1: "
            + $"work {s.Work} is also decided by creator {s.Lyricist}, whose counter asks 500 bps of revenue, and one licence has one price; "
            + "withdraw the request and file one at terms all its parties agree to", error.Status.Detail);
        Assert.Equal(before, await Server.Admin.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = "lrq-clash-1" }));
    }

    [Fact]
    public async Task Withdraw_OpenRequest_ClosesPendingWorksKeepsLicencesAndRefusesLaterDecisions()
    {
        var p = await PartiesAsync("lrq-wd", works: 2);
        await FileAsync(p, "lrq-wd-1", p.Works);
        var op = await Server.ClientsForAsync(Role.Operator, p.Operator);
        await Server.Registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = "lrq-wd-stranger", DisplayName = "Stranger" });
        var stranger = await Server.ClientsForAsync(Role.Operator, "lrq-wd-stranger");
        await Server.Admin.LicenceRequests.DecideAsync(Approve("lrq-wd-1", p.Creator(0)));

        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            stranger.LicenceRequests.WithdrawAsync(new WithdrawLicenceRequestRequest { RequestId = "lrq-wd-1" }).ResponseAsync);
        var withdrawn = await op.LicenceRequests.WithdrawAsync(new WithdrawLicenceRequestRequest { RequestId = "lrq-wd-1" });
        var again = await op.LicenceRequests.WithdrawAsync(new WithdrawLicenceRequestRequest { RequestId = "lrq-wd-1" });
        var late = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.LicenceRequests.DecideAsync(Approve("lrq-wd-1", p.Creator(1))).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal("withdrawn", withdrawn.Status);
        Assert.Equal([("licensed", "lrq-wd-1.1"), ("withdrawn", "")], withdrawn.Works.Select(w => (w.Status, w.LicenceId)));
        Assert.Equal(withdrawn, again);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.StartsWith("licence request lrq-wd-1 was withdrawn by its operator on ", late.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("licence request lrq-wd-1", (await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "lrq-wd-1.1" })).Source);
    }

    [Fact]
    public async Task Decide_CreatorKeyForAnotherParty_IsPermissionDeniedAndNothingIsRecorded()
    {
        var p = await PartiesAsync("lrq-deny", works: 1, rightsholder: true);
        await FileAsync(p, "lrq-deny-1", p.Works);
        var creator = await Server.ClientsForAsync(Role.Creator, p.Creator(0));

        var error = await Assert.ThrowsAsync<RpcException>(() => creator.LicenceRequests.DecideAsync(Approve("lrq-deny-1", p.Rightsholder)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may not decide for party {p.Rightsholder}", error.Status.Detail, StringComparison.Ordinal);
        var request = await Server.Admin.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = "lrq-deny-1" });
        Assert.All(request.Decisions, d => Assert.Equal(RequestDecision.Pending, d.Decision));
    }

    [Fact]
    public async Task FileRequest_Catalogue_ResolvesToTheRightsholdersWorksAndLicensesThemFromIt()
    {
        var p = await PartiesAsync("lrq-cat", works: 2, rightsholder: true);
        await PartiesAsync("lrq-cat-other", works: 1);
        var request = Request("lrq-cat-1", p.Operator, []);
        request.CatalogueRightsholderId = p.Rightsholder;

        var filed = await Server.Admin.LicenceRequests.FileRequestAsync(request);
        var retried = await Server.Admin.LicenceRequests.FileRequestAsync(request);
        foreach (var party in new[] { p.Creator(0), p.Creator(1), p.Rightsholder })
        {
            await Server.Admin.LicenceRequests.DecideAsync(Approve("lrq-cat-1", party));
        }

        Assert.Equal(p.Rightsholder, filed.CatalogueRightsholderId);
        Assert.Equal(p.Works, filed.Works.Select(w => w.WorkId));
        Assert.Equal([p.Creator(0), p.Creator(1), p.Rightsholder], filed.Decisions.Select(d => d.PartyId));
        Assert.Equal(filed, retried);
        var licences = await Server.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = p.Rightsholder });
        Assert.Equal([("lrq-cat-1.1", p.Works[0]), ("lrq-cat-1.2", p.Works[1])], licences.Licences.Select(l => (l.LicenceId, Assert.Single(l.WorkIds))));
        Assert.All(licences.Licences, l => Assert.Equal(p.Rightsholder, l.LicensorRightsholderId));
    }

    [Fact]
    public async Task FileRequest_BadTermsAndScope_NamesEveryField()
    {
        var request = Request("lrq-bad-1", "lrq-bad-op", ["w-1"]);
        request.CatalogueRightsholderId = "rh-1";
        request.AttributionOnly = true;
        request.RevenueShareBps = 20_000;
        request.Territories.Add("de");

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.LicenceRequests.FileRequestAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["catalogue_rightsholder_id", "territories[0]", "attribution_only", "revenue_share_bps"], fields);
    }

    [Fact]
    public async Task FileRequest_OneWorkPastTheLimit_IsRefusedNamingTheLimit()
    {
        await PartiesAsync("lrq-limit", works: 0);
        var atLimit = Request("lrq-limit-1", "lrq-limit-op", [.. Enumerable.Range(0, 1_000).Select(i => $"lrq-limit-w{i}")]);
        var pastLimit = Request("lrq-limit-1", "lrq-limit-op", [.. Enumerable.Range(0, 1_001).Select(i => $"lrq-limit-w{i}")]);

        var atError = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.LicenceRequests.FileRequestAsync(atLimit).ResponseAsync);
        var pastError = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.LicenceRequests.FileRequestAsync(pastLimit).ResponseAsync);

        // At the limit the request passes field checks and fails only because no such works are registered; of those
        // 1,000 violations the first 50 are reported, so that the error still fits in the response trailers.
        var atViolations = atError.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["work_ids[0]", "work_ids[49]"], new[] { atViolations[0].Field, atViolations[^1].Field });
        Assert.EndsWith("; and 950 more violations not listed", atError.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("work_ids lists 1,001 works, expected 1 to 1,000 (or none, with catalogue_rightsholder_id)",
            Assert.Single(pastError.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "work_ids").Description);
    }

    [Fact]
    public async Task FileRequest_CatalogueOfUnknownRightsholder_IsInvalidArgument()
    {
        var p = await PartiesAsync("lrq-nocat", works: 0);
        var request = Request("lrq-nocat-1", p.Operator, []);
        request.CatalogueRightsholderId = "lrq-nocat-nobody";

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.LicenceRequests.FileRequestAsync(request).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, "catalogue_rightsholder_id 'lrq-nocat-nobody' is not a registered rightsholder"), (error.StatusCode, error.Status.Detail));
    }

    private sealed record Parties(string Prefix, string[] Works, string? RightsholderId)
    {
        public string Operator => $"{Prefix}-op";

        public string Rightsholder => RightsholderId!;

        public string Creator(int i) => $"{Prefix}-c{i}";
    }

    /// <summary>An operator and <paramref name="works"/> works, each by its own creator, all held by one rightsholder if asked.</summary>
    private async Task<Parties> PartiesAsync(string prefix, int works, bool rightsholder = false)
    {
        var registry = Server.Registry;
        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = $"{prefix}-op", DisplayName = "Operator" });
        var rh = rightsholder ? $"{prefix}-rh" : null;
        if (rh is not null)
        {
            await registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = rh, DisplayName = "Label", Kind = "label" });
        }

        var ids = Enumerable.Range(0, works).Select(i => $"{prefix}-w{i}").ToArray();
        for (var i = 0; i < works; i++)
        {
            await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = $"{prefix}-c{i}", DisplayName = $"Creator {i}" });
            var work = new RegisterWorkRequest { WorkId = ids[i], Title = $"Work {i}", Medium = "text" };
            work.Contributors.Add(new Contributor { CreatorId = $"{prefix}-c{i}", Role = "author", ShareBps = 10_000 });
            if (rh is not null)
            {
                work.RightsholderIds.Add(rh);
            }

            await registry.RegisterWorkAsync(work);
        }

        return new Parties(prefix, ids, rh);
    }

    private async Task FileAsync(Parties p, string id, string[] works, uint? revenueShareBps = null)
    {
        var request = Request(id, p.Operator, works);
        if (revenueShareBps is { } bps)
        {
            request.RevenueShareBps = bps;
        }

        await Server.Admin.LicenceRequests.FileRequestAsync(request);
    }

    private static FileLicenceRequestRequest Request(string id, string op, string[] works)
    {
        var request = new FileLicenceRequestRequest { RequestId = id, OperatorId = op, ProposedTariff = Proposed, Purpose = "Training a model" };
        request.WorkIds.AddRange(works);
        request.Uses.Add(UseKind.Training);
        return request;
    }

    private static DecideLicenceRequestRequest Approve(string request, string party) =>
        new() { RequestId = request, PartyId = party, Decision = RequestDecision.Approved };

    private static DecideLicenceRequestRequest Counter(string request, string party, long? priceMicros = null, uint? revenueShareBps = null)
    {
        var decide = new DecideLicenceRequestRequest { RequestId = request, PartyId = party, Decision = RequestDecision.Countered };
        if (priceMicros is { } price)
        {
            decide.CounterTariff = new Tariff { Currency = "EUR", PriceMicros = price, PerUnits = 1_000_000, UnitKind = "tokens" };
        }

        if (revenueShareBps is { } bps)
        {
            decide.CounterRevenueShareBps = bps;
        }

        return decide;
    }
}

public sealed class SqliteLicenceRequestTests(SqliteServerFixture fixture) : LicenceRequestTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLicenceRequestTests(PostgresServerFixture fixture) : LicenceRequestTests(fixture), IClassFixture<PostgresServerFixture>;
