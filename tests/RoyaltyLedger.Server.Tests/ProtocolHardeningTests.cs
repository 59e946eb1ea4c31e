using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.UsageLog;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The ingest protocol against malformed input: a field the wire mapping cannot convert is one event's rejection,
/// naming the field and the value; the stream survives and the batch's good events are stored.
/// </summary>
public abstract class ProtocolHardeningTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Ingest_TimestampsOutOfRange_AreRejectedPerEventAndTheGoodOnesAreStored()
    {
        var s = await new Slice("hard-time").RegisterAsync(Server.Admin);
        var batch = Slice.Batch(1,
            s.Event("good-1"),
            At(s.Event("seconds-max-plus-1"), 253_402_300_800, 0),
            At(s.Event("seconds-min-minus-1"), -62_135_596_801, 0),
            At(s.Event("nanos-negative"), 1_795_000_000, -1),
            At(s.Event("nanos-a-second"), 1_795_000_000, 1_000_000_000),
            s.Event("good-2"));

        // A second batch on the same stream proves the stream survived the first.
        var (_, acks) = await s.SendAsync(Server.Ingest, "main", batch, Slice.Batch(2, s.Event("good-3")));

        Assert.Equal([2U, 1U], acks.Select(a => a.Accepted));
        Assert.Equal(
            [
                "events[1].occurred_at is { seconds: 253402300800, nanos: 0 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[2].occurred_at is { seconds: -62135596801, nanos: 0 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[3].occurred_at is { seconds: 1795000000, nanos: -1 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[4].occurred_at is { seconds: 1795000000, nanos: 1000000000 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
            ],
            acks[0].Rejections.Select(r => r.Message));
        Assert.All(acks[0].Rejections, r => Assert.Equal(RejectionReason.InvalidValue, r.Reason));
        Assert.Equal(["events[1].occurred_at", "events[2].occurred_at", "events[3].occurred_at", "events[4].occurred_at"], acks[0].Rejections.Select(r => r.Field));
        Assert.Equal(["good-1", "good-2", "good-3"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_UnknownEnumValueAndAbsentOptionals_AreRejectedPerEventNamingTheField()
    {
        var s = await new Slice("hard-enum").RegisterAsync(Server.Admin);
        var unknownUse = s.Event("use-99");
        unknownUse.Use = (UseKind)99;
        var noWeight = s.Event("no-weight");
        noWeight.ClearAttributionWeightPpm();
        var noTime = s.Event("no-time");
        noTime.OccurredAt = null;

        var (_, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, unknownUse, s.Event("good"), noWeight, noTime));

        var ack = Assert.Single(acks);
        Assert.Equal(1U, ack.Accepted);
        Assert.Equal(["events[0].use", "events[2].attribution_weight_ppm", "events[3].occurred_at"], ack.Rejections.Select(r => r.Field));
        Assert.StartsWith("events[0].use is 99 (99), expected", ack.Rejections[0].Message, StringComparison.Ordinal);
        Assert.Equal(["good"], await StoredIdsAsync(s.Operator));
    }

    private static UsageEvent At(UsageEvent e, long seconds, int nanos)
    {
        e.OccurredAt = new Timestamp { Seconds = seconds, Nanos = nanos };
        return e;
    }

    /// <summary>The ids of the events the log counted for the operator, read from the database.</summary>
    private async Task<List<string>> StoredIdsAsync(string operatorId)
    {
        var log = Server.Services.GetRequiredService<IUsageLog>();
        var ids = new List<string>();
        await foreach (var batch in log.ReadBatchesAsync(operatorId, CancellationToken.None))
        {
            var events = UsageBatch.Parser.ParseFrom(batch.Payload).Events;
            ids.AddRange(events.Where((_, i) => batch.Counted(i)).Select(e => e.EventId));
        }

        return ids;
    }
}

public sealed class SqliteProtocolHardeningTests(SqliteServerFixture fixture) : ProtocolHardeningTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresProtocolHardeningTests(PostgresServerFixture fixture) : ProtocolHardeningTests(fixture), IClassFixture<PostgresServerFixture>;
