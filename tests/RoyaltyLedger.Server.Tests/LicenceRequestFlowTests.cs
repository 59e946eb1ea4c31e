using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The licence-request flow through the CLI, each party with its own key, run once per store.</summary>
public abstract partial class LicenceRequestFlowTests(ServerFixture fixture)
{
    private static readonly DateTimeOffset StartsAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndsAt = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private LedgerServer Server => fixture.Server;

    private async Task<(int Exit, string Output, string Error)> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", apiKey], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed, failing with its error output otherwise.</summary>
    private async Task<string> OkAsync(string apiKey, params string[] args)
    {
        var (exit, output, error) = await RoyaltyAsync(apiKey, args);
        Assert.True(exit == 0, $"royalty {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    private async Task<string> KeyAsync(Role role, string party) =>
        (await Server.Admin.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Role = role, PartyId = party })).SecretKey;

    /// <summary>A table row with its column padding collapsed to single spaces.</summary>
    private static IEnumerable<string> Rows(string output) => output.Split('\n').Select(l => Spaces().Replace(l.Trim(), " "));

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [Fact]
    public async Task Request_TwoCreatorsApproveOneDeclines_LicensesOnlyWorksAllOfWhoseCreatorsConsented()
    {
        // Given four works: one each by ann, ben and cat, and a duet by ben and cat.
        var admin = Server.Admin.ApiKey;
        await OkAsync(admin, "operators", "add", "--id", "lrf-op", "--name", "Flow AI");
        await OkAsync(admin, "models", "add", "--id", "lrf-model", "--operator", "lrf-op", "--name", "Flow 1");
        foreach (var c in new[] { "lrf-ann", "lrf-ben", "lrf-cat" })
        {
            await OkAsync(admin, "creators", "add", "--id", c, "--name", c);
            await OkAsync(admin, "works", "add", "--id", $"{c}-work", "--title", $"Work of {c}", "--medium", "text", "--contributor", $"{c}:author:10000");
        }

        await OkAsync(admin, "works", "add", "--id", "lrf-duet", "--title", "Duet", "--medium", "text",
            "--contributor", "lrf-ben:author:5000", "--contributor", "lrf-cat:author:5000");

        // When the operator asks, ann and ben approve and cat declines.
        var op = await KeyAsync(Role.Operator, "lrf-op");
        var filed = await OkAsync(op, "licences", "request", "--id", "lrf-1", "--operator", "lrf-op",
            "--work", "lrf-ann-work", "--work", "lrf-ben-work", "--work", "lrf-cat-work", "--work", "lrf-duet", "--use", "training",
            "--territory", "FR", "--territory", "DE", "--starts", "2026-01-01T00:00:00Z", "--ends", "2028-01-01",
            "--price-micros", "2000000", "--per-units", "1000000", "--unit-kind", "tokens", "--revenue-share-bps", "250",
            "--purpose", "Pre-training a writing assistant");
        Assert.Contains("Licence request lrf-1 by lrf-op (open)", filed, StringComparison.Ordinal);
        Assert.Contains("territories DE, FR", filed, StringComparison.Ordinal);
        Assert.Contains("pricing:  EUR 2.000000 per 1,000,000 tokens + 2.5% of revenue", filed, StringComparison.Ordinal);

        await OkAsync(await KeyAsync(Role.Creator, "lrf-ann"), "licences", "decide", "--request", "lrf-1", "--party", "lrf-ann", "--decision", "approved");
        await OkAsync(await KeyAsync(Role.Creator, "lrf-ben"), "licences", "decide", "--request", "lrf-1", "--party", "lrf-ben", "--decision", "approved");
        var cat = await KeyAsync(Role.Creator, "lrf-cat");
        await OkAsync(cat, "licences", "decide", "--request", "lrf-1", "--party", "lrf-cat", "--decision", "declined", "--note", "No AI training");

        // Then `licences show` lists the two single-creator works of ann and ben licensed, and cat's work and the duet declined.
        var shown = Rows(await OkAsync(op, "licences", "show", "--request", "lrf-1")).ToList();
        Assert.Contains("Licence request lrf-1 by lrf-op (closed)", shown[0], StringComparison.Ordinal);
        Assert.Contains("lrf-ann-work lrf-ann licensed lrf-1.1", shown);
        Assert.Contains("lrf-ben-work lrf-ben licensed lrf-1.2", shown);
        Assert.Contains("lrf-cat-work lrf-cat declined", shown);
        Assert.Contains("lrf-duet lrf-ben, lrf-cat declined", shown);
        Assert.Contains(shown, l => l.StartsWith("lrf-cat creator declined", StringComparison.Ordinal) && l.EndsWith("No AI training", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await OkAsync(op, "licences", "show", "--request", "lrf-1", "--json"));
        Assert.Equal(["licensed", "licensed", "declined", "declined"],
            json.RootElement.GetProperty("works").EnumerateArray().Select(w => w.GetProperty("status").GetString()));

        // The issued licences carry the request's terms, each for its one work.
        foreach (var (licenceId, work, creator) in new[] { ("lrf-1.1", "lrf-ann-work", "lrf-ann"), ("lrf-1.2", "lrf-ben-work", "lrf-ben") })
        {
            var licence = await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = licenceId });
            licence.GrantedAt = null;
            Assert.Equal(Expected(licenceId, creator, work), licence);
        }

        Assert.Equal(2, (await Server.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = "lrf-op" })).Licences.Count);

        // cat's decline is on file as refusals of training by this operator, one per work of cat's.
        var catConsent = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = "lrf-cat" });
        Assert.Equal([("lrf-cat-work", UseKind.Training, "lrf-op", ConsentDecision.Refused, "licence request lrf-1"), ("lrf-duet", UseKind.Training, "lrf-op", ConsentDecision.Refused, "licence request lrf-1")],
            catConsent.Consents.Select(c => (c.WorkId, c.Use, c.OperatorId, c.Decision, c.RecordedBy)).Order());

        // Usage of every work in Germany: licensed where licensed, refused where a creator refused.
        var usage = new Slice("lrf");
        var (_, acks) = await usage.SendAsync(Server.Ingest, "flow", Slice.Batch(1,
            Use("lrf-e1", "lrf-ann-work"), Use("lrf-e2", "lrf-ben-work"), Use("lrf-e3", "lrf-cat-work"), Use("lrf-e4", "lrf-duet")));
        Assert.Equal((4U, 0), (acks[0].Accepted, acks[0].Rejections.Count));
        Assert.Equal([("lrf-ann-work", "licensed", 2_000_000_000L)], await LinesAsync("lrf-ann"));
        Assert.Equal([("lrf-ben-work", "licensed", 2_000_000_000L), ("lrf-duet", "refused", 0L)], await LinesAsync("lrf-ben"));
        Assert.Equal([("lrf-cat-work", "refused", 0L), ("lrf-duet", "refused", 0L)], await LinesAsync("lrf-cat"));

        // Decisions are final, and each party lists the requests that concern it.
        var changeOfMind = await RoyaltyAsync(cat, "licences", "decide", "--request", "lrf-1", "--party", "lrf-cat", "--decision", "approved");
        Assert.Equal(1, changeOfMind.Exit);
        Assert.Contains("creator lrf-cat already declined licence request lrf-1", changeOfMind.Error, StringComparison.Ordinal);
        Assert.Contains("lrf-1 lrf-op closed 4 2 2", Rows(await OkAsync(cat, "licences", "requests", "--party", "lrf-cat")));
        Assert.Contains("lrf-1 lrf-op closed 4 2 2", Rows(await OkAsync(op, "licences", "requests", "--party", "lrf-op")));
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

        var result = await RoyaltyAsync(composer, "licences", "decide", "--request", "lrf-deny-1", "--party", s.Lyricist, "--decision", "approved");

        Assert.Equal(1, result.Exit);
        Assert.Contains($"creator {s.Composer} (key ", result.Error, StringComparison.Ordinal);
        Assert.Contains($"may not decide for party {s.Lyricist}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_BadTerms_CliPrintsEveryFieldTheServerNamed()
    {
        var result = await RoyaltyAsync(Server.Admin.ApiKey, "licences", "request", "--id", "lrf-bad", "--operator", "lrf-nobody",
            "--work", "lrf-ann-work", "--use", "training", "--territory", "Germany", "--starts", "2027-01-01", "--ends", "2026-01-01",
            "--purpose", "test");

        Assert.Equal(1, result.Exit);
        Assert.Contains("territories[0]: licence request lrf-bad territory 'Germany' is not an ISO 3166-1 alpha-2 code", result.Error, StringComparison.Ordinal);
        Assert.Contains("ends_at: licence request lrf-bad ends at 2026-01-01", result.Error, StringComparison.Ordinal);
        Assert.Contains("tariff: licence request lrf-bad needs a tariff, a revenue share or both", result.Error, StringComparison.Ordinal);
    }

    private static UsageEvent Use(string id, string work) => new()
    {
        EventId = id,
        ModelId = "lrf-model",
        WorkId = work,
        Use = UseKind.Training,
        Units = 1_000_000,
        UnitKind = "tokens",
        AttributionWeightPpm = 1_000_000,
        // After the decisions: a decline's refusal applies from when it was decided (README "Rating as of the use's time").
        OccurredAt = Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow()),
        AttributionMethod = "manifest",
        AttributionMethodVersion = "1",
        Territory = "DE",
    };

    private async Task<List<(string Work, string Status, long AmountNanos)>> LinesAsync(string creator) =>
        [.. (await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creator, WaitForProjection = true })).Lines
            .Select(l => (l.WorkId, l.LicenceStatus, l.AmountNanos.N())).Order()];

    private static Licence Expected(string licenceId, string creator, string work) => new()
    {
        LicenceId = licenceId,
        LicensorCreatorId = creator,
        OperatorId = "lrf-op",
        WorkIds = { work },
        Uses = { UseKind.Training },
        Territories = { "DE", "FR" },
        StartsAt = Timestamp.FromDateTimeOffset(StartsAt),
        EndsAt = Timestamp.FromDateTimeOffset(EndsAt),
        Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
        RevenueShareBps = 250,
        Source = "licence request lrf-1",
    };
}

public sealed class SqliteLicenceRequestFlowTests(SqliteServerFixture fixture) : LicenceRequestFlowTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLicenceRequestFlowTests(PostgresServerFixture fixture) : LicenceRequestFlowTests(fixture), IClassFixture<PostgresServerFixture>;
