using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Ingest rates every event with the licence check: consent, refusal, territory and revenue share reach the statement.</summary>
public abstract class LicensedIngestTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Ingest_AfterACreatorRefuses_StoresTheUseAsRefusedAndCreditsWithoutPaying()
    {
        var s = await new Slice("lic-refuse").RegisterAsync(Server.Admin);
        await s.SendAsync(Server.Ingest, "before", Slice.Batch(1, s.Event("e-before")));
        // Uses are rated when the log is projected, against the consents in force then.
        await ProjectedAsync(s);

        var lyricist = await Server.ClientsForAsync(Role.Creator, s.Lyricist);
        var refusal = await lyricist.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
        });
        // A refusal applies from when it is recorded (README "Rating as of the use's time"): the later use is dated then.
        var after = s.Event("e-after");
        after.OccurredAt = refusal.RecordedAt;
        await s.SendAsync(Server.Ingest, "after", Slice.Batch(1, after));

        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var byStatus = statement.Lines.ToDictionary(l => l.LicenceStatus, l => (l.EventCount, l.AmountNanos.N()));
        // 1,000,000 tokens at 2 EUR per million, composer's 60 %: 1.2 EUR before the refusal, nothing after.
        Assert.Equal((1UL, 1_200_000_000L), byStatus["licensed"]);
        Assert.Equal((1UL, 0L), byStatus["refused"]);
    }

    [Fact]
    public async Task Ingest_CatalogueLicenceWithoutEveryCreatorsConsent_IsUnlicensedUntilTheLastConsents()
    {
        var s = await new Slice("lic-cat").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = "lic-cat-label", DisplayName = "Label", Kind = "label" });
        var work = new RegisterWorkRequest { WorkId = "lic-cat-track", Title = "Track", Medium = "sound_recording", RightsholderIds = { "lic-cat-label" } };
        work.Contributors.Add(new Contributor { CreatorId = s.Composer, Role = "performer", ShareBps = 5_000 });
        work.Contributors.Add(new Contributor { CreatorId = s.Lyricist, Role = "performer", ShareBps = 5_000 });
        await Server.Registry.RegisterWorkAsync(work);
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = "lic-cat-catalogue",
                LicensorRightsholderId = "lic-cat-label",
                OperatorId = s.Operator,
                Uses = { UseKind.Retrieval },
                Territories = { "DE", "FR" },
                StartsAt = Slice.LicenceStart,
                RevenueShareBps = 1_000,
            },
        });
        foreach (var creator in new[] { s.Composer, s.Lyricist })
        {
            if (creator == s.Lyricist)
            {
                await s.SendAsync(Server.Ingest, "cat-1", Slice.Batch(1, Retrieval(s, "e-one-consent", "DE")));
                await ProjectedAsync(s);
            }

            await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = creator, Use = UseKind.Retrieval, OperatorId = s.Operator, Decision = ConsentDecision.Granted,
            });
        }

        await s.SendAsync(Server.Ingest, "cat-2", Slice.Batch(1, Retrieval(s, "e-both", "DE"), Retrieval(s, "e-us", "US"), Retrieval(s, "e-nowhere", "")));

        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });
        var lines = statement.Lines.Where(l => l.WorkId == "lic-cat-track").ToDictionary(l => l.LicenceStatus, l => (l.EventCount, l.AmountNanos.N()));
        // e-both is covered: 10 % of 3 EUR revenue, half to the lyricist = 0.15 EUR; so is e-one-consent, unlicensed
        // when projected, once the lyricist consents: a creator's first grant reaches back (README "Rating as of the
        // use's time"), and the works it concerns are re-rated. Unlicensed: one outside the licence's territories, one
        // with no territory reported.
        Assert.Equal((2UL, 300_000_000L), lines["licensed"]);
        Assert.Equal((2UL, 0L), lines["unlicensed"]);
    }

    [Fact]
    public async Task Ingest_StyleImitation_IsPricedOnlyUnderALicenceThatNamesIt()
    {
        var s = await new Slice("lic-style").RegisterAsync(Server.Admin);
        // The slice's training licence does not reach style imitation: the first use is unlicensed when projected. Then
        // the lyricist consents and the composer licenses style imitation from the start of the year, which reaches back
        // past the first use, so that use is re-rated too.
        await s.SendAsync(Server.Ingest, "style-1", Slice.Batch(1, StyleImitation(s, "e-style-before")));
        await ProjectedAsync(s);
        var first = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist });
        Assert.Equal("unlicensed", first.Lines.Single(l => l.Use == UseKind.StyleImitation).LicenceStatus);
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.StyleImitation, OperatorId = s.Operator, Decision = ConsentDecision.Granted,
        });
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = "lic-style-voice",
                LicensorCreatorId = s.Composer,
                WorkIds = { s.Work },
                OperatorId = s.Operator,
                Uses = { UseKind.StyleImitation },
                StartsAt = Slice.LicenceStart,
                Tariff = new Tariff { Currency = "EUR", PriceMicros = 250_000, PerUnits = 1, UnitKind = "songs" },
            },
        });
        var (_, acks) = await s.SendAsync(Server.Ingest, "style-2", Slice.Batch(1, StyleImitation(s, "e-style-after")));

        Assert.Equal(1U, acks.Single().Accepted);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });
        var lines = statement.Lines.Where(l => l.Use == UseKind.StyleImitation).ToDictionary(l => l.LicenceStatus, l => (l.EventCount, l.AmountNanos.N()));
        // Two songs in the style at 0.25 EUR each, the lyricist's 40 %: 0.10 EUR each, the first one back-paid.
        Assert.Equal((2UL, 200_000_000L), lines["licensed"]);
    }

    private async Task ProjectedAsync(Slice s)
    {
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
    }

    private static UsageEvent StyleImitation(Slice s, string id)
    {
        var e = s.Event(id, units: 1);
        e.Use = UseKind.StyleImitation;
        e.UnitKind = "songs";
        return e;
    }

    private static UsageEvent Retrieval(Slice s, string id, string territory)
    {
        var e = s.Event(id);
        e.WorkId = "lic-cat-track";
        e.Use = UseKind.Retrieval;
        e.UnitKind = "retrievals";
        e.Units = 1;
        e.Territory = territory;
        e.RevenueMicros = 3_000_000;
        e.RevenueCurrency = "EUR";
        return e;
    }
}

public sealed class SqliteLicensedIngestTests(SqliteServerFixture fixture) : LicensedIngestTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLicensedIngestTests(PostgresServerFixture fixture) : LicensedIngestTests(fixture), IClassFixture<PostgresServerFixture>;
