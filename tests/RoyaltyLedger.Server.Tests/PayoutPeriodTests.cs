using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Payout cycles by period of use (docs/payouts.md) on the real server. A slice's training use of 1,000,000 tokens at
/// 2 EUR per million is 2 EUR: the composer's 60 % is 1.20 EUR, the lyricist's 40 % 0.80 EUR. Each test has its own
/// slice and society (5 % commission, 0.01 EUR minimum).
/// </summary>
public abstract class PayoutPeriodTests(ServerFixture fixture)
{
    private static readonly DateTimeOffset October5 = new(2026, 10, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset October28 = new(2026, 10, 28, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private LedgerServer Server => fixture.Server;

    private Payouts.PayoutsClient Payouts => new(Server.Admin.Invoker);

    [Fact]
    public async Task CommitCycle_UsesInOctoberAndNovember_NovemberPaysOnlyNovemberAndALateOctoberUseIsALateLine()
    {
        var (s, society) = await SetUpAsync("pp-must");
        await SendAsync(s, "uses", 1, (("oct-1", 1_000_000), October5), (("nov-1", 2_000_000), November20));

        var october = await Payouts.CommitCycleAsync(Cycle("pp-must-2026-10", society, "2026-10"));
        // A use of October 28th that reaches the ledger after October's cycle: a late line of the next cycle.
        await SendAsync(s, "late", 1, (("oct-late", 500_000), October28));
        var preview = await Payouts.PreviewCycleAsync(Cycle("pp-must-2026-11", society, "2026-11"));
        var november = await Payouts.CommitCycleAsync(Cycle("pp-must-2026-11", society, "2026-11"));

        // October paid October's use only: 1.20 and 0.80 EUR less 5 %; November's use waited for its own cycle.
        Assert.Equal("2026-10", october.Period);
        Assert.Equal([(s.Composer, 1_200_000_000L, 114L), (s.Lyricist, 800_000_000L, 76L)],
            october.Lines.Select(l => (l.PartyId, l.GrossNanos.N(), l.PaidMinor.N())));
        Assert.All(october.Lines, l => Assert.Equal(("2026-10", "period"), (Assert.Single(l.Parts).Period, l.Parts[0].Kind)));
        // November pays November's use (2.40 and 1.60 EUR) and the late October use (0.60 and 0.40 EUR) as a late line.
        Assert.Equal(preview.Lines, november.Lines);
        Assert.Equal(
            [
                (s.Composer, 3_000_000_000L, new[] { ("2026-10", "late", 600_000_000L), ("2026-11", "period", 2_400_000_000L) }),
                (s.Lyricist, 2_000_000_000L, new[] { ("2026-10", "late", 400_000_000L), ("2026-11", "period", 1_600_000_000L) }),
            ],
            november.Lines.Select(l => (l.PartyId, l.GrossNanos.N(), l.Parts.Select(p => (p.Period, p.Kind, p.AmountNanos.N())).ToArray())));
        // Totals reconcile: paid + commission + carried + held = gross = the parts + brought forward, for every cycle.
        foreach (var cycle in new[] { october, november })
        {
            var sum = cycle.Summary;
            Assert.Equal(sum.PayableNanos.N(), sum.PaidNanos.N() + sum.CommissionNanos.N() + sum.CarriedNanos.N() + sum.HeldNanos.N());
            Assert.Equal(sum.PayableNanos.N(), cycle.Lines.Sum(l => l.GrossNanos.N()));
            Assert.All(cycle.Lines, l => Assert.Equal(l.GrossNanos.N(), l.Parts.Sum(p => p.AmountNanos.N()) + l.BroughtForwardNanos.N()));
        }

        // The journal agrees: everything used was paid (nothing carried), to the payouts and commission accounts.
        Assert.Equal((0L, 0L), (await Server.BalanceAsync($"party:{s.Composer}"), await Server.BalanceAsync($"party:{s.Lyricist}")));
        Assert.Equal(-(october.Summary.PaidNanos.N() + november.Summary.PaidNanos.N()), await Server.BalanceAsync($"payouts:{society}"));
        Assert.Equal(-(october.Summary.CommissionNanos.N() + november.Summary.CommissionNanos.N()), await Server.BalanceAsync($"commission:{society}"));
        Assert.Equal(7_000_000_000L, await Server.BalanceAsync($"operator:{s.Operator}"));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task ListJournalEntries_UsesOfTwoMonths_UsageLinesCarryTheirMonthAndPayoutLinesNone()
    {
        var (s, society) = await SetUpAsync("pp-lines");
        await SendAsync(s, "uses", 1, (("oct-1", 1_000_000), October5), (("nov-1", 2_000_000), November20));
        var cycle = await Payouts.CommitCycleAsync(Cycle("pp-lines-c1", society, "2026-10..2026-11"));

        var lines = await LinesOfAsync(a => a == $"party:{s.Composer}");

        Assert.Equal([("usage", "2026-10", -1_200_000_000L), ("usage", "2026-11", -2_400_000_000L), ("payout", "", 3_600_000_000L)],
            lines.Select(l => (l.Kind, l.Line.Period, l.Line.AmountNanos.N())));
        Assert.Equal("2026-10..2026-11", cycle.Period);
    }

    [Theory]
    [InlineData("2026-13", "is not a month yyyy-MM")]
    [InlineData("2026-1", "is not a month yyyy-MM")]
    [InlineData("0000-11", "is not a month yyyy-MM")]
    [InlineData("2026-11..", "is not a month yyyy-MM")]
    [InlineData("2026-10..2026-11..2026-12", "is not a month yyyy-MM")]
    [InlineData("november", "is not a month yyyy-MM")]
    [InlineData("2026-11..2026-10", "runs backwards: its first month 2026-11 is after its last month 2026-10")]
    [InlineData("2025-01..2026-01", "covers 13 months, more than the 12 a cycle may pay")]
    public async Task PreviewCycle_MalformedPeriod_InvalidArgumentNamingFieldAndValue(string period, string expected)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Payouts.PreviewCycleAsync(Cycle("pp-bad-c1", "pp-bad-soc", period)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("period", violation.Field);
        Assert.Contains($"period '{period}' ", violation.Description, StringComparison.Ordinal);
        Assert.Contains(expected, violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewCycle_TwelveMonthsAndPeriodEndsOfAMonth_AreAccepted()
    {
        var (_, society) = await SetUpAsync("pp-edge");

        var year = await Payouts.PreviewCycleAsync(Cycle("pp-edge-c1", society, "2025-01..2025-12"));
        var lastSecond = await Payouts.PreviewCycleAsync(Ending("pp-edge-c2", society, new DateTimeOffset(2025, 11, 30, 23, 59, 59, TimeSpan.Zero)));
        var nextMidnight = await Payouts.PreviewCycleAsync(Ending("pp-edge-c3", society, new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(("2025-01..2025-12", "2025-11", "2025-11"), (year.Period, lastSecond.Period, nextMidnight.Period));
        Assert.Equal("preview", year.Status);
    }

    [Fact]
    public async Task PreviewCycle_PeriodEndInsideAMonthOrBothForms_RefusedSayingPeriodsAreWholeMonths()
    {
        var inside = Ending("pp-mid-c1", "pp-mid-soc", new DateTimeOffset(2026, 11, 15, 10, 0, 0, TimeSpan.Zero));
        var both = Ending("pp-mid-c2", "pp-mid-soc", new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero));
        both.Period = "2026-11";

        var insideError = await Assert.ThrowsAsync<RpcException>(() => Payouts.PreviewCycleAsync(inside).ResponseAsync);
        var bothError = await Assert.ThrowsAsync<RpcException>(() => Payouts.PreviewCycleAsync(both).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (insideError.StatusCode, bothError.StatusCode));
        Assert.Contains("period_end 2026-11-15T10:00:00Z is not the end of a month: a cycle pays whole months of use; give the period as --period 2026-11",
            insideError.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("give period ('2026-11') or period_end, not both", bothError.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitCycle_NothingToPay_RefusedWithoutAllowEmptyAndCommittedWithIt()
    {
        var (s, society) = await SetUpAsync("pp-empty");
        await SendAsync(s, "uses", 1, (("nov-1", 1_000_000), November20));

        // September has no uses: its cycle would pay nothing and use up the id.
        var refused = await Assert.ThrowsAsync<RpcException>(() => Payouts.CommitCycleAsync(Cycle("pp-empty-2026-09", society, "2026-09")).ResponseAsync);
        var notStored = await Assert.ThrowsAsync<RpcException>(() => Payouts.GetCycleAsync(new GetCycleRequest { CycleId = "pp-empty-2026-09" }).ResponseAsync);
        var allowed = Cycle("pp-empty-2026-09", society, "2026-09");
        allowed.AllowEmpty = true;
        var empty = await Payouts.CommitCycleAsync(allowed);
        var november = await Payouts.CommitCycleAsync(Cycle("pp-empty-2026-11", society, "2026-11"));

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal(
            $"cycle pp-empty-2026-09 ({society}, EUR, period 2026-09) would pay nothing: no member of the society is owed anything in it. " +
            "Committing it would use up the cycle id and close period 2026-09 (later uses of it would be paid as late lines of the next cycle); " +
            "preview it first, or pass --allow-empty (allow_empty) to commit it anyway",
            refused.Status.Detail);
        Assert.Equal(StatusCode.NotFound, notStored.StatusCode);
        Assert.Equal(("committed", 0L, 0L, 0), (empty.Status, empty.Summary.PaidNanos.N(), empty.JournalEntryNo, empty.Lines.Count));
        Assert.Equal(1_900_000_000L, november.Summary.PaidNanos.N());
    }

    [Fact]
    public async Task CommitCycle_AllMembersUnderTheMinimum_RefusedAsEmptyNamingTheHeldMembers()
    {
        var (s, society) = await SetUpAsync("pp-held");
        await SendAsync(s, "uses", 1, (("nov-1", 1_000_000), November20));
        var request = Cycle("pp-held-c1", society, "2026-11");
        request.MinimumPayoutMinor = 1_000;

        var refused = await Assert.ThrowsAsync<RpcException>(() => Payouts.CommitCycleAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("would pay nothing: 2 member(s) are owed less than the minimum payment and would be held over", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitCycle_RefusalReachingBackIntoNovember_AdjustsNovemberOnlyAndOctoberStillPays()
    {
        var (s, society) = await SetUpAsync("pp-rerate");
        await SendAsync(s, "uses", 1, (("oct-1", 1_000_000), October5), (("nov-1", 1_000_000), November20));

        // The lyricist refuses training from November 1st on: November's use is re-rated refused, October's stays licensed.
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
            EffectiveFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
        });
        var adjustment = await AdjustmentOfAsync(s.Work);
        var october = await Payouts.CommitCycleAsync(Cycle("pp-rerate-2026-10", society, "2026-10"));
        var november = await Payouts.PreviewCycleAsync(Cycle("pp-rerate-2026-11", society, "2026-11"));

        Assert.All(adjustment.Lines, l => Assert.Equal("2026-11", l.Period));
        Assert.Contains(adjustment.Lines, l => l.Account == $"party:{s.Composer}" && l.AmountNanos.N() == 1_200_000_000L);
        Assert.Equal([(s.Composer, 1_200_000_000L), (s.Lyricist, 800_000_000L)], october.Lines.Select(l => (l.PartyId, l.GrossNanos.N())));
        Assert.Empty(november.Lines);
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    private Task<(Slice Slice, string Society)> SetUpAsync(string prefix) => PayoutSociety.RegisterAsync(Server, prefix);

    private async Task SendAsync(Slice s, string stream, ulong batch, params ((string Id, long Units) Event, DateTimeOffset At)[] uses)
    {
        var events = uses.Select(u =>
        {
            var e = s.Event(u.Event.Id, units: u.Event.Units);
            e.OccurredAt = Timestamp.FromDateTimeOffset(u.At);
            return e;
        }).ToArray();
        var (_, acks) = await s.SendAsync(Server.Ingest, stream, Slice.Batch(batch, events));
        Assert.Equal((uint)events.Length, Assert.Single(acks).Accepted);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
    }

    /// <summary>Every journal line whose account matches, with its entry's kind, in entry order.</summary>
    private async Task<List<(string Kind, JournalLine Line)>> LinesOfAsync(Func<string, bool> account)
    {
        var found = new List<(string, JournalLine)>();
        var from = 1L;
        while (true)
        {
            var page = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = from, Limit = 1_000 });
            if (page.Entries.Count == 0)
            {
                return found;
            }

            found.AddRange(page.Entries.SelectMany(e => e.Lines.Where(l => account(l.Account)).Select(l => (e.Kind, l))));
            from = page.Entries[^1].EntryNo + 1;
        }
    }

    /// <summary>The work's adjustment entry, waited for (the re-rating runs on the projector's next pass) at most 30 s.</summary>
    private async Task<JournalEntry> AdjustmentOfAsync(string workId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var from = 1L;
            while (true)
            {
                var page = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = from, Limit = 1_000 });
                if (page.Entries.Count == 0)
                {
                    break;
                }

                if (page.Entries.FirstOrDefault(e => e.Kind == "adjustment" && e.Lines.Any(l => l.WorkId == workId)) is { } found)
                {
                    return found;
                }

                from = page.Entries[^1].EntryNo + 1;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no adjustment entry for work {workId} after 30 s: the re-rating did not run");
            await Task.Delay(50);
        }
    }

    private static RunCycleRequest Cycle(string id, string society, string period) => new()
    {
        CycleId = id, SocietyId = society, Currency = "EUR", Period = period, MinimumPayoutMinor = 1,
    };

    private static RunCycleRequest Ending(string id, string society, DateTimeOffset periodEnd) => new()
    {
        CycleId = id, SocietyId = society, Currency = "EUR", PeriodEnd = Timestamp.FromDateTimeOffset(periodEnd), MinimumPayoutMinor = 1,
    };
}

public sealed class SqlitePayoutPeriodTests(SqliteServerFixture fixture) : PayoutPeriodTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresPayoutPeriodTests(PostgresServerFixture fixture) : PayoutPeriodTests(fixture), IClassFixture<PostgresServerFixture>;
