using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Tests;

[Collection(ClusterGroup.Name)]
public class ProducerStreamGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Append_LicensedEvent_SplitsAmountSixtyForty()
    {
        var c = await new Catalogue("ps-split").SeedAsync(fixture);
        var result = await c.Stream(fixture.Grains).Append(Catalogue.Batch(1, c.Event("e1")));

        Assert.Equal(1, result.Ack?.Accepted);
        var composer = await fixture.Grains.GetGrain<ICreatorGrain>(c.Composer).GetStatement();
        var lyricist = await fixture.Grains.GetGrain<ICreatorGrain>(c.Lyricist).GetStatement();
        // 1,000,000 tokens at 2 EUR per million = 2 EUR = 2,000,000,000 nanos, split 60/40.
        Assert.Equal(1_200_000_000L, Assert.Single(composer.Lines).AmountNanos);
        Assert.Equal(800_000_000L, Assert.Single(lyricist.Lines).AmountNanos);
        Assert.Equal("EUR", composer.Lines[0].Currency);
    }

    [Fact]
    public async Task Append_SameBatchAgain_ReturnsOriginalAckAndCountsOnce()
    {
        var c = await new Catalogue("ps-retry").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        var batch = Catalogue.Batch(1, c.Event("e1"), c.Event("e2"));
        var first = await stream.Append(batch);
        var again = await stream.Append(batch);

        Assert.NotNull(first.Ack);
        Assert.NotNull(again.Ack);
        Assert.Equal((1L, 2, 0, 0), (again.Ack.BatchSeq, again.Ack.Accepted, again.Ack.Duplicates, again.Ack.Unidentified));
        Assert.Equal((first.Ack.BatchSeq, first.Ack.Accepted, first.Ack.Duplicates), (again.Ack.BatchSeq, again.Ack.Accepted, again.Ack.Duplicates));
        var statement = await fixture.Grains.GetGrain<ICreatorGrain>(c.Composer).GetStatement();
        Assert.Equal(2L, Assert.Single(statement.Lines).EventCount);
    }

    [Fact]
    public async Task Append_BatchSkippingAhead_ReturnsNoAckAndHeldPosition()
    {
        var c = await new Catalogue("ps-gap").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var gap = await stream.Append(Catalogue.Batch(3, c.Event("e3")));

        Assert.Null(gap.Ack);
        Assert.Equal(1, gap.LastBatchSeq);
        Assert.Equal(1, await stream.Open());
    }

    [Fact]
    public async Task Append_EventIdSeenInEarlierBatchOrOtherStream_IsDuplicateNotCounted()
    {
        var c = await new Catalogue("ps-dup").SeedAsync(fixture);
        await c.Stream(fixture.Grains, "a").Append(Catalogue.Batch(1, c.Event("e1")));
        var second = await c.Stream(fixture.Grains, "a").Append(Catalogue.Batch(2, c.Event("e1"), c.Event("e2"), c.Event("e2")));
        var other = await c.Stream(fixture.Grains, "b").Append(Catalogue.Batch(1, c.Event("e2")));

        Assert.Equal(1, second.Ack?.Accepted);
        Assert.Equal([0, 2], second.Ack?.DuplicateIndexes);
        Assert.Equal(0, other.Ack?.Accepted);
        Assert.Equal(1, other.Ack?.Duplicates);
        var statement = await fixture.Grains.GetGrain<ICreatorGrain>(c.Composer).GetStatement();
        Assert.Equal(2L, Assert.Single(statement.Lines).EventCount);
    }

    [Fact]
    public async Task Append_MixedBatch_StoresGoodEventsAndRejectsBadOnesWithReasons()
    {
        var c = await new Catalogue("ps-mixed").SeedAsync(fixture);
        var foreign = await new Catalogue("ps-mixed-other").SeedAsync(fixture);
        var batch = Catalogue.Batch(1,
            c.Event("good-1"),
            c.Event("bad-units", units: -5),
            c.Event("bad-model", model: "ps-mixed-nomodel"),
            c.Event("bad-owner", model: foreign.Model),
            c.Event("bad-weight", weight: 1_000_001),
            c.Event("unlicensed", work: c.UnlicensedWork),
            c.Event("unknown-work", work: "ps-mixed-nowork"));
        var ack = (await c.Stream(fixture.Grains).Append(batch)).Ack!;

        Assert.Equal(3, ack.Accepted);
        Assert.Equal(1, ack.Unidentified);
        Assert.Equal(
            [(1, RejectionReason.InvalidValue, "events[1].units"),
             (2, RejectionReason.UnknownModel, "events[2].model_id"),
             (3, RejectionReason.WrongOperator, "events[3].model_id"),
             (4, RejectionReason.InvalidValue, "events[4].attribution_weight_ppm")],
            ack.Rejections.Select(r => (r.Index, r.Reason, r.Field)));
        Assert.Equal($"events[3].model_id '{foreign.Model}' belongs to operator {foreign.Operator}, not {c.Operator}", ack.Rejections[2].Message);

        var lines = (await fixture.Grains.GetGrain<ICreatorGrain>(c.Composer).GetStatement()).Lines;
        Assert.Equal([(c.LicensedWork, EventStatus.Licensed, 1_200_000_000L), (c.UnlicensedWork, EventStatus.Unlicensed, 0L)],
            lines.Select(l => (l.WorkId, l.LicenceStatus, l.AmountNanos)));
    }

    [Fact]
    public async Task Append_EventDatedTwoDaysAhead_IsRejectedByTheClock()
    {
        var c = await new Catalogue("ps-future").SeedAsync(fixture);
        var future = c.Event("future") with { OccurredAt = fixture.Clock.GetUtcNow().AddDays(2) };
        var ack = (await c.Stream(fixture.Grains).Append(Catalogue.Batch(1, future))).Ack!;

        Assert.Equal(0, ack.Accepted);
        Assert.Equal("events[0].occurred_at", Assert.Single(ack.Rejections).Field);
    }

    [Fact]
    public async Task Append_AfterSiloHoldingStreamIsKilled_ContinuesFromDurablePosition()
    {
        var c = await new Catalogue("ps-kill").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var secondary = fixture.Cluster.Silos.Single(s => s.SiloAddress != fixture.Cluster.Silos[0].SiloAddress);
        await fixture.Cluster.KillSiloAsync(secondary);
        await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();

        Assert.Equal(1, await stream.Open());
        var retry = await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var next = await stream.Append(Catalogue.Batch(2, c.Event("e2")));
        Assert.Equal(1, retry.Ack?.Accepted);
        Assert.Equal(1, next.Ack?.Accepted);
        var statement = await fixture.Grains.GetGrain<ICreatorGrain>(c.Composer).GetStatement();
        Assert.Equal(2L, Assert.Single(statement.Lines).EventCount);
    }
}
