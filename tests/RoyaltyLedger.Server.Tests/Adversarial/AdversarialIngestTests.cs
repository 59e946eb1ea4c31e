using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using UsageEventRules = RoyaltyLedger.Domain.Usage.UsageEventRules;
using UsageEvent = RoyaltyLedger.Contracts.V1.UsageEvent;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Usage;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Adversarial;

/// <summary>
/// The ledger against a hostile or careless producer, on the real server over SQLite and PostgreSQL: events at every
/// limit's edge and one past it, batches at the most events and one more, resends of the same batches, then the
/// ledger must settle (projection lag 0), have counted each good event once, have refused each bad one naming its
/// field and value, and still verify. Every limit comes from its constant, so the suite follows the limits as they move.
/// </summary>
public abstract class AdversarialIngestTests(ServerFixture fixture)
{
    // Broken messages (Timestamps protobuf does not allow, frames that are not messages, a batch number resent with
    // other content) are AdversarialProtocolTests; the largest use under the largest tariff, posted and paid, is
    // MoneyLimitsTests; random catalogues at the extremes are ConservationProperties.
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Ingest_EventsAtAndPastEveryLimitAndResent_GoodCountedOnceBadNamedAndJournalVerifies()
    {
        var s = await new Slice("adv-lim").RegisterAsync(Server.Admin);
        var free = $"{s.Prefix}-free";
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = free, Title = "Unlicensed", Medium = "music",
            Contributors = { new Contributor { CreatorId = s.Composer, Role = "composer", ShareBps = 10_000 } },
        });
        var longestId = "a" + new string('i', EntityIds.MaxLength - 1);
        var cases = new (string Expect, string Value, UsageEvent Event)[]
        {
            ("good", "", s.Event("units-1", units: 1)),
            ("good", "", s.Event("units-max", units: UsageEventRules.MaxUnits)),
            ("events[2].units", "is 0", s.Event("units-0", units: 0)),
            ("events[3].units", $"is {UsageEventRules.MaxUnits + 1:N0}", s.Event("units-over", units: UsageEventRules.MaxUnits + 1)),
            ("good", "", Adversary.With(s.Event("weight-0"), e => e.AttributionWeightPpm = 0)),
            ("good", "", Adversary.With(s.Event("weight-max"), e => e.AttributionWeightPpm = Scales.PartsPerMillionWhole)),
            ("events[6].attribution_weight_ppm", $"is {Scales.PartsPerMillionWhole + 1:N0}", Adversary.With(s.Event("weight-over"), e => e.AttributionWeightPpm = Scales.PartsPerMillionWhole + 1)),
            ("good", "", Adversary.With(s.Event("text-max"), e => e.AttributionMethod = new string('m', UsageEventRules.MaxTextLength))),
            ("events[8].attribution_method", $"is {UsageEventRules.MaxTextLength + 1:N0} characters", Adversary.With(s.Event("text-over"), e => e.AttributionMethod = new string('m', UsageEventRules.MaxTextLength + 1))),
            ("good", "", s.Event(longestId)),
            ("events[10].event_id", longestId + "i", s.Event(longestId + "i")),
            ("good", "", Adversary.With(s.Event("revenue-max"), e => { e.WorkId = free; e.RevenueMicros = UsageEventRules.MaxRevenueMicros; e.RevenueCurrency = "EUR"; })),
            ("events[12].revenue_micros", $"is {UsageEventRules.MaxRevenueMicros + 1:N0}", Adversary.With(s.Event("revenue-over"), e => { e.WorkId = free; e.RevenueMicros = UsageEventRules.MaxRevenueMicros + 1; e.RevenueCurrency = "EUR"; })),
            ("events[13].revenue_micros", "is -1", Adversary.With(s.Event("revenue-negative"), e => { e.WorkId = free; e.RevenueMicros = -1; e.RevenueCurrency = "EUR"; })),
            ("good", "", Adversary.With(s.Event("revenue-0"), e => { e.WorkId = free; e.RevenueMicros = 0; e.RevenueCurrency = "EUR"; })),
        };
        var limits = Slice.Batch(1, [.. cases.Select(c => c.Event)]);
        var full = Slice.Batch(2, [.. Enumerable.Range(0, ProducerStreamGrain.MaxEventsPerBatch).Select(i => s.Event($"full-{i}", units: 1))]);
        var overfull = Slice.Batch(3, [.. Enumerable.Range(0, ProducerStreamGrain.MaxEventsPerBatch + 1).Select(i => s.Event($"over-{i}", units: 1))]);

        var (_, acks) = await s.SendAsync(Server.Ingest, "limits", limits, full);
        var tooMany = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(Server.Ingest, "limits", overfull));
        var (_, resent) = await s.SendAsync(Server.Ingest, "limits", limits, full, Slice.Batch(3, s.Event("after", units: 1)));

        var good = cases.Where(c => c.Expect == "good").ToList();
        Assert.Equal((uint)good.Count, acks[0].Accepted);
        Assert.Equal(cases.Where(c => c.Expect != "good").Select(c => c.Expect), acks[0].Rejections.Select(r => r.Field));
        foreach (var (rejection, expected) in acks[0].Rejections.Zip(cases.Where(c => c.Expect != "good")))
        {
            Assert.StartsWith(expected.Expect, rejection.Message, StringComparison.Ordinal);
            Assert.Contains(expected.Value, rejection.Message, StringComparison.Ordinal);
        }

        Assert.Equal((uint)ProducerStreamGrain.MaxEventsPerBatch, acks[1].Accepted);
        Assert.Equal(StatusCode.InvalidArgument, tooMany.StatusCode);
        Assert.Contains($"batch 3 carries {ProducerStreamGrain.MaxEventsPerBatch + 1:N0} events, at most {ProducerStreamGrain.MaxEventsPerBatch:N0}", tooMany.Status.Detail, StringComparison.Ordinal);
        // Resent batches get their first acks back and count nothing again; the stream goes on past the refused batch.
        Assert.Equal(acks, resent.Take(2));
        Assert.Equal(1U, resent[2].Accepted);

        var statement = await Adversary.SettledStatementAsync(Server, s.Composer);
        var licensed = statement.Lines.Where(l => l.WorkId == s.Work).ToList();
        var unlicensed = statement.Lines.Where(l => l.WorkId == free).ToList();
        var goodLicensed = good.Count(c => c.Event.WorkId == s.Work) + ProducerStreamGrain.MaxEventsPerBatch + 1;
        Assert.Equal((ulong)goodLicensed, (ulong)licensed.Sum(l => (long)l.EventCount));
        Assert.Equal(good.Where(c => c.Event.WorkId == s.Work).Sum(c => c.Event.Units) + ProducerStreamGrain.MaxEventsPerBatch + 1, licensed.Sum(l => l.Units.N()));
        Assert.Equal((ulong)good.Count(c => c.Event.WorkId == free), (ulong)unlicensed.Sum(l => (long)l.EventCount));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }
}

public sealed class SqliteAdversarialIngestTests(SqliteServerFixture fixture) : AdversarialIngestTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresAdversarialIngestTests(PostgresServerFixture fixture) : AdversarialIngestTests(fixture), IClassFixture<PostgresServerFixture>;

/// <summary>What the adversarial suites share: waiting for projection to settle, and editing an event in place.</summary>
internal static class Adversary
{
    /// <summary>The creator's statement once projection has caught up (lag 0), waiting at most a minute.</summary>
    public static async Task<CreatorStatement> SettledStatementAsync(LedgerServer server, string creatorId)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var statement = await server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = true });
            if (statement.PendingBatches == 0)
            {
                return statement;
            }
        }

        Assert.Fail($"projection of {creatorId}'s usage still had batches pending after six 10 s waits");
        return null;
    }

    public static UsageEvent With(UsageEvent e, Action<UsageEvent> change)
    {
        change(e);
        return e;
    }
}

/// <summary>
/// Zero-nano parts (a 1 bps contributor) on licensed, unlicensed and refused uses of one work, on its own server: when
/// such a use stops the projector (issue 11's poison pill), it stops it for every test on that server. On the
/// ops-hardening branch alone this fails as the issue describes (the statement read throws "Exception was thrown by
/// handler"); it passes once the no-poison-pill branch (quarantine, zero-nano parts) is merged.
/// </summary>
public abstract class AdversarialZeroShareTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Ingest_ZeroNanoPartsOnLicensedUnlicensedAndRefusedUses_ProjectionSettlesCountsOnceAndVerifies()
    {
        // The lyricist holds 1 bps: of a use rated 2,000 nanos (1 token at 2 EUR per million) or 1 nano (1,000
        // tokens at the society's 1 micro per million), their part is 0 nanos.
        var s = await new Slice("adv-zero").RegisterAsync(Server.Admin);
        var work = $"{s.Prefix}-tiny-share";
        var society = $"{s.Prefix}-soc";
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = work, Title = "Tiny share", Medium = "music",
            Contributors =
            {
                new Contributor { CreatorId = s.Composer, Role = "composer", ShareBps = 9_999 },
                new Contributor { CreatorId = s.Lyricist, Role = "lyricist", ShareBps = 1 },
            },
        });
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = $"{work}-lic", LicensorCreatorId = s.Composer, WorkIds = { work }, OperatorId = s.Operator, Uses = { UseKind.Training },
                StartsAt = Slice.LicenceStart, Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
            },
        });
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Granted,
        });
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = work, Use = UseKind.Retrieval, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
        });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = society, DisplayName = society, CommissionBps = 1_000 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Composer });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Lyricist });
        foreach (var use in new[] { UseKind.Output, UseKind.Retrieval })
        {
            await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
            {
                SocietyId = society, Use = use, Tariff = new Tariff { Currency = "EUR", PriceMicros = 1, PerUnits = 1_000_000, UnitKind = "tokens" },
            });
        }

        UsageEvent On(string id, UseKind use, long units) => Adversary.With(s.Event(id, units), e => { e.WorkId = work; e.Use = use; });
        var batch = Slice.Batch(1,
            On("licensed-1", UseKind.Training, 1),
            On("unlicensed-1000", UseKind.Output, 1_000),
            On("unlicensed-1", UseKind.Output, 1),
            On("refused-1000", UseKind.Retrieval, 1_000),
            On("refused-max", UseKind.Retrieval, UsageEventRules.MaxUnits));

        var (_, acks) = await s.SendAsync(Server.Ingest, "zero", batch);
        var (_, resent) = await s.SendAsync(Server.Ingest, "zero", batch);

        Assert.Equal(5U, acks[0].Accepted);
        Assert.Equal(acks, resent);
        var composer = await Adversary.SettledStatementAsync(Server, s.Composer);
        var lyricist = await Adversary.SettledStatementAsync(Server, s.Lyricist);
        Assert.Equal(5UL, (ulong)composer.Lines.Where(l => l.WorkId == work).Sum(l => (long)l.EventCount));
        Assert.Equal(5UL, (ulong)lyricist.Lines.Where(l => l.WorkId == work).Sum(l => (long)l.EventCount));
        // Zero-nano parts are valid and post nothing: none of these uses is set aside.
        Assert.Equal(0, (await Server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest())).Total);
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }
}

public sealed class SqliteAdversarialZeroShareTests(SqliteServerFixture fixture) : AdversarialZeroShareTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresAdversarialZeroShareTests(PostgresServerFixture fixture) : AdversarialZeroShareTests(fixture), IClassFixture<PostgresServerFixture>;
