using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The licence-request flow through the CLI, each party with its own key.</summary>
public sealed class LicenceRequestFlowTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private async Task<(int Exit, string Output, string Error)> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", apiKey], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> KeyAsync(Role role, string party) =>
        (await Server.Admin.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Role = role, PartyId = party })).SecretKey;

    [Fact]
    public async Task Request_TwoCreatorsApproveOneDeclines_LicensesOnlyTheConsentingCreatorsWorks()
    {
        var admin = Server.Admin.ApiKey;
        await RoyaltyAsync(admin, "operators", "add", "--id", "lrf-op", "--name", "Flow AI");
        foreach (var c in new[] { "lrf-ann", "lrf-ben", "lrf-cat" })
        {
            await RoyaltyAsync(admin, "creators", "add", "--id", c, "--name", c);
            await RoyaltyAsync(admin, "works", "add", "--id", $"{c}-work", "--title", $"Work of {c}", "--medium", "text", "--contributor", $"{c}:author:10000");
        }

        var op = await KeyAsync(Role.Operator, "lrf-op");
        var filed = await RoyaltyAsync(op, "licences", "request", "--id", "lrf-1", "--operator", "lrf-op",
            "--work", "lrf-ann-work", "--work", "lrf-ben-work", "--work", "lrf-cat-work", "--use", "training",
            "--price-micros", "2000000", "--per-units", "1000000", "--unit-kind", "tokens", "--purpose", "Pre-training a writing assistant");
        Assert.True(filed.Exit == 0, filed.Error);

        Assert.Equal(0, (await RoyaltyAsync(await KeyAsync(Role.Creator, "lrf-ann"), "licences", "decide", "--request", "lrf-1", "--creator", "lrf-ann", "--decision", "approved")).Exit);
        Assert.Equal(0, (await RoyaltyAsync(await KeyAsync(Role.Creator, "lrf-ben"), "licences", "decide", "--request", "lrf-1", "--creator", "lrf-ben", "--decision", "approved")).Exit);
        var cat = await KeyAsync(Role.Creator, "lrf-cat");
        var declined = await RoyaltyAsync(cat, "licences", "decide", "--request", "lrf-1", "--creator", "lrf-cat", "--decision", "declined", "--note", "No AI training");

        Assert.Equal(0, declined.Exit);
        var request = await Server.Admin.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = "lrf-1" });
        Assert.Equal("closed", request.Status);
        Assert.Equal([("lrf-ann-work", "licensed", "lrf-1.1"), ("lrf-ben-work", "licensed", "lrf-1.2"), ("lrf-cat-work", "declined", "")],
            request.Works.Select(w => (w.WorkId, w.Status, w.LicenceId)));
        Assert.Single((await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "lrf-ann-work" })).Licences);
        Assert.Empty((await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "lrf-cat-work" })).Licences);

        var catConsent = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = "lrf-cat" });
        var refusal = Assert.Single(catConsent.Consents);
        Assert.Equal(("lrf-cat-work", UseKind.Training, "lrf-op", ConsentDecision.Refused, "licence request lrf-1"),
            (refusal.WorkId, refusal.Use, refusal.OperatorId, refusal.Decision, refusal.RecordedBy));

        var changeOfMind = await RoyaltyAsync(cat, "licences", "decide", "--request", "lrf-1", "--creator", "lrf-cat", "--decision", "approved");
        Assert.Equal(1, changeOfMind.Exit);
        Assert.Contains("creator lrf-cat already declined licence request lrf-1", changeOfMind.Error, StringComparison.Ordinal);

        var listed = await RoyaltyAsync(cat, "licences", "requests", "--party", "lrf-cat");
        Assert.Contains("lrf-1", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_ForAnotherCreator_IsPermissionDenied()
    {
        var s = await new Slice("lrf-deny").RegisterAsync(Server.Admin);
        await Server.Admin.LicenceRequests.FileRequestAsync(new FileLicenceRequestRequest
        {
            RequestId = "lrf-deny-1",
            OperatorId = s.Operator,
            WorkIds = { s.Work },
            Uses = { UseKind.Training },
            ProposedTariff = new Tariff { Currency = "EUR", PriceMicros = 1, PerUnits = 1, UnitKind = "tokens" },
            Purpose = "test",
        });
        var composer = await KeyAsync(Role.Creator, s.Composer);

        var result = await RoyaltyAsync(composer, "licences", "decide", "--request", "lrf-deny-1", "--creator", s.Lyricist, "--decision", "approved");

        Assert.Equal(1, result.Exit);
        Assert.Contains($"may not decide for creator {s.Lyricist}", result.Error, StringComparison.Ordinal);
    }
}
