using Grpc.Core;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Unidentified usage: the society lists it by what operators reported; a creator claims it by linking the identifier.</summary>
public abstract class SuspenseClaimTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task LinkIdentifier_ThroughTheCli_MatchesSuspenseRatesItAndPostsItToTheCreators()
    {
        var s = await new Slice("sus-link").RegisterAsync(Server.Admin);
        var e = s.Event("e-isrc");
        e.WorkId = "";
        e.WorkRef = new Identifier { Scheme = "isrc", Value = "QZ-SUS-26-00007" };
        await s.SendAsync(Server.Ingest, "refs", Slice.Batch(1, e, s.Event("e-named")));
        await SettledAsync(s);

        var listed = await RoyaltyAsync(Server.Admin.ApiKey, "suspense", "list");
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var linked = await RoyaltyAsync(composer.ApiKey, "works", "link-identifier", s.Work, "--identifier", "isrc:QZSUS2600007");
        await SettledAsync(s);
        var after = await Server.Registry.ListUnidentifiedUsageAsync(new ListUnidentifiedUsageRequest { Limit = 1_000 });

        Assert.Equal(0, listed.Exit);
        Assert.Contains("isrc:QZSUS2600007  tokens", listed.Output, StringComparison.Ordinal);
        Assert.Equal((0, $"work {s.Work} now carries isrc:QZSUS2600007\n"), linked);
        Assert.DoesNotContain(after.Groups, g => g.WorkRef?.Value == "QZSUS2600007");
        // Both uses of 1,000,000 tokens at 2 EUR per million, composer's 60 %: 1.2 EUR each.
        var balance = (await Server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = $"party:{s.Composer}" })).Balances.Single();
        Assert.Equal(-2_400_000_000L, balance.AmountNanos.N());
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer });
        Assert.Equal((2UL, 2_400_000_000L), (statement.Lines.Single().EventCount, statement.Lines.Single().AmountNanos.N()));
    }

    [Fact]
    public async Task LinkIdentifier_ByACreatorOfAnotherWorkOrWithABadIsrc_IsRefused()
    {
        var s = await new Slice("sus-deny").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "sus-deny-stranger", DisplayName = "Stranger" });
        var stranger = await Server.ClientsForAsync(Role.Creator, "sus-deny-stranger");

        var denied = await Assert.ThrowsAsync<RpcException>(() => stranger.Registry.LinkWorkIdentifiersAsync(
            new LinkWorkIdentifiersRequest { WorkId = s.Work, Identifiers = { new Identifier { Scheme = "isrc", Value = "QZSUS2600008" } } }).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.LinkWorkIdentifiersAsync(
            new LinkWorkIdentifiersRequest { WorkId = s.Work, Identifiers = { new Identifier { Scheme = "isrc", Value = "QZ-SUS" } } }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("QZ-SUS", invalid.Status.Detail, StringComparison.Ordinal);
    }

    private async Task SettledAsync(Slice s)
    {
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
    }

    private async Task<(int Exit, string Output)> RoyaltyAsync(string apiKey, params string[] args)
    {
        var (exit, output, error) = await Server.RoyaltyAsync(apiKey, args);
        return (exit, output + error);
    }
}

public sealed class SqliteSuspenseClaimTests(SqliteServerFixture fixture) : SuspenseClaimTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresSuspenseClaimTests(PostgresServerFixture fixture) : SuspenseClaimTests(fixture), IClassFixture<PostgresServerFixture>;
