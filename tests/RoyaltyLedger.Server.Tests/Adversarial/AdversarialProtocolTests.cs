using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using static RoyaltyLedger.Server.Tests.Infrastructure.BrokenMessages;
using UsageEvent = RoyaltyLedger.Contracts.V1.UsageEvent;

namespace RoyaltyLedger.Server.Tests.Adversarial;

/// <summary>
/// The ledger against a producer whose messages are broken rather than merely out of range, on the real server over
/// SQLite and PostgreSQL: Timestamps outside what protobuf allows, a frame that is not a protobuf message at all, and a
/// batch number resent with other content. Afterwards the ledger must settle (lag 0), hold each good event once, have
/// refused each bad one naming its field and value, quarantine nothing, and verify.
/// </summary>
public abstract class AdversarialProtocolTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;


    [Fact]
    public async Task Ingest_BadTimestampsGarbageFrameAndChangedResend_GoodCountedOnceBadNamedNothingQuarantinedAndVerifies()
    {
        var s = await new Slice("adv-proto").RegisterAsync(Server.Admin);
        var first = Slice.Batch(1,
            s.Event("good-1"),
            At(s.Event("seconds-past-9999"), 253_402_300_800, 0),
            At(s.Event("seconds-before-0001"), -62_135_596_801, 0),
            At(s.Event("nanos-negative"), 1_795_000_000, -1),
            At(s.Event("nanos-whole-second"), 1_795_000_000, 1_000_000_000),
            At(s.Event("latest-allowed"), 253_402_300_799, 999_999_999),
            s.Event("good-2"));

        var (_, acks) = await s.SendAsync(Server.Ingest, "main", first);

        Assert.Equal(2U, acks[0].Accepted);
        Assert.Equal(["events[1].occurred_at", "events[2].occurred_at", "events[3].occurred_at", "events[4].occurred_at", "events[5].occurred_at"],
            acks[0].Rejections.OrderBy(r => r.Index).Select(r => r.Field));
        Assert.All(acks[0].Rejections.Where(r => r.Index < 5U), r => Assert.StartsWith($"{r.Field} is {{ seconds: ", r.Message, StringComparison.Ordinal));
        // The latest instant protobuf allows is a valid Timestamp, but far past the server's clock: refused as such.
        Assert.Contains("hours after the server's clock", acks[0].Rejections.Single(r => r.Index == 5U).Message, StringComparison.Ordinal);
        Assert.Contains("seconds: 253402300800, nanos: 0", acks[0].Rejections.Single(r => r.Index == 1U).Message, StringComparison.Ordinal);
        Assert.Contains("nanos: 1000000000", acks[0].Rejections.Single(r => r.Index == 4U).Message, StringComparison.Ordinal);

        // A frame that is not a message ends that stream with INVALID_ARGUMENT; nothing of it is stored.
        var raw = new Marshaller<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.DuplexStreaming, "royaltyledger.v1.UsageIngest", "Ingest", raw, raw);
        using (var call = Server.Admin.Invoker.AsyncDuplexStreamingCall(method, null, new CallOptions()))
        {
            await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = s.Operator, StreamName = "main" } }.ToByteArray());
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            await call.RequestStream.WriteAsync(Garbage);
            var garbage = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal(StatusCode.InvalidArgument, garbage.StatusCode);
        }

        // Batch 1 again with other events is refused naming the stream and the batch, and counts nothing.
        var changed = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("good-1"), s.Event("sneaked-in"))));
        Assert.Equal(StatusCode.AlreadyExists, changed.StatusCode);
        Assert.StartsWith($"stream {s.Operator}/main already holds batch 1 with other content", changed.Status.Detail, StringComparison.Ordinal);

        // The same batch again is answered from its stored ack; the stream goes on.
        var (_, again) = await s.SendAsync(Server.Ingest, "main", first, Slice.Batch(2, s.Event("good-3")));
        Assert.Equal(acks[0], again[0]);
        Assert.Equal(1U, again[1].Accepted);

        var statement = await Adversary.SettledStatementAsync(Server, s.Composer);
        Assert.Equal(3UL, (ulong)statement.Lines.Where(l => l.WorkId == s.Work).Sum(l => (long)l.EventCount));
        var quarantined = await Server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest());
        Assert.Equal(0, quarantined.Total);
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

}

public sealed class SqliteAdversarialProtocolTests(SqliteServerFixture fixture) : AdversarialProtocolTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresAdversarialProtocolTests(PostgresServerFixture fixture) : AdversarialProtocolTests(fixture), IClassFixture<PostgresServerFixture>;
