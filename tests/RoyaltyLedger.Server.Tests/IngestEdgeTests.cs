using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Bad input at the ingest edge: every kind of bad event is rejected with its reason and field, the good events of
/// the same batch are stored, and nothing of a bad event is; limits are refused at their edge.
/// </summary>
public abstract class IngestEdgeTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Ingest_BatchMixingEveryKindOfBadEventWithGoodOnes_StoresExactlyTheGoodOnes()
    {
        var s = await new Slice("edge-mixed").RegisterAsync(Server.Admin);
        var other = await new Slice("edge-mixed-other").RegisterAsync(Server.Admin);
        var events = new (string Expect, UsageEvent Event)[]
        {
            ("good", s.Event("good-1")),
            ("events[1].event_id", s.Event("")),
            ("events[2].model_id", With(s.Event("no-model"), e => e.ModelId = "")),
            ("events[3].attribution_weight_ppm", With(s.Event("heavy"), e => e.AttributionWeightPpm = 1_000_001)),
            ("events[4].units", s.Event("negative", units: -1)),
            ("events[5].model_id", s.Event("unknown-model", model: "edge-mixed-nomodel")),
            ("events[6].model_id", s.Event("foreign-model", model: other.Model)),
            ("events[7].work_ref.value", With(s.Event("bad-isrc"), e => { e.WorkId = ""; e.WorkRef = new Identifier { Scheme = "isrc", Value = "GB-AYE-26-0000!" }; })),
            ("events[8].territory", With(s.Event("bad-territory"), e => e.Territory = "Germany")),
            ("events[9].revenue_currency", With(s.Event("bad-revenue"), e => e.RevenueMicros = 5)),
            ("events[10].work_ref.scheme", With(s.Event("bad-scheme"), e => { e.WorkId = ""; e.WorkRef = new Identifier { Scheme = "asin", Value = "B000" }; })),
            ("good", With(s.Event("good-by-isrc"), e => { e.WorkId = ""; e.WorkRef = new Identifier { Scheme = "isrc", Value = "GB-AYE-26-00001" }; })),
            ("good", s.Event("good-2")),
        };
        var (_, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, [.. events.Select(e => e.Event)]));

        var ack = Assert.Single(acks);
        Assert.Equal(3U, ack.Accepted);
        Assert.Equal(events.Where(e => e.Expect != "good").Select(e => e.Expect), ack.Rejections.Select(r => r.Field));
        Assert.Equal("events[3].attribution_weight_ppm is 1,000,001, expected 0 to 1,000,000", ack.Rejections[2].Message);
        Assert.Equal($"events[6].model_id '{other.Model}' belongs to operator {other.Operator}, not {s.Operator}", ack.Rejections[5].Message);
        Assert.Equal(["good-1", "good-by-isrc", "good-2"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_TextThatIsNotUtf8_IsRejectedNamingTheFieldAndTheRestIsStored()
    {
        var s = await new Slice("edge-utf8").RegisterAsync(Server.Admin);
        var bad = s.Event("not-utf8");
        bad.AttributionMethod = "MARKER";
        var request = new IngestRequest { Batch = Slice.Batch(1, s.Event("utf8-good"), bad) }.ToByteArray();
        // Replace the marker's bytes with bytes that are not UTF-8, as a broken client might send them.
        var at = request.AsSpan().IndexOf("MARKER"u8);
        new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80, 0xBF }.CopyTo(request.AsSpan(at));

        var acks = await SendRawAsync(s.Operator, "raw", request);

        var ack = Assert.Single(acks);
        Assert.Equal(1U, ack.Accepted);
        var rejection = Assert.Single(ack.Rejections);
        Assert.Equal(("events[1]", RejectionReason.InvalidValue), (rejection.Field, rejection.Reason));
        Assert.Contains("must be UTF-8", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(["utf8-good"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_SameEventIdInBatchAcrossBatchesAndStreams_CountsOnceAndReportsDuplicates()
    {
        var s = await new Slice("edge-dup").RegisterAsync(Server.Admin);
        var (_, first) = await s.SendAsync(Server.Ingest, "a", Slice.Batch(1, s.Event("x"), s.Event("y"), s.Event("x")));
        var (_, second) = await s.SendAsync(Server.Ingest, "b", Slice.Batch(1, s.Event("y"), s.Event("z")));

        Assert.Equal((2U, 1U), (first[0].Accepted, first[0].Duplicates));
        Assert.Equal([2U], first[0].DuplicateIndexes);
        Assert.Equal((1U, 1U), (second[0].Accepted, second[0].Duplicates));
        Assert.Equal([0U], second[0].DuplicateIndexes);
        Assert.Equal(["x", "y", "z"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_MoreStreamsThanTheServerServes_IsResourceExhaustedWithARetryDelay()
    {
        var s = await new Slice("edge-streams").RegisterAsync(Server.Admin);
        await using var small = await fixture.StartAnotherAsync(new Dictionary<string, string> { ["Ingest:MaxOpenStreams"] = "2" });
        var ingest = small.Admin.Ingest;
        using var one = await OpenAsync(ingest, s.Operator, "one");
        using var two = await OpenAsync(ingest, s.Operator, "two");

        var error = await Assert.ThrowsAsync<RpcException>(async () => (await OpenAsync(ingest, s.Operator, "three")).Dispose());

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal("the server has 2 ingest streams open, the most it serves; retry shortly", error.Status.Detail);
        Assert.Equal(TimeSpan.FromSeconds(1), error.GetRpcStatus()!.GetDetail<RetryInfo>().RetryDelay.ToTimeSpan());
        one.Dispose();
        await Task.Delay(200);
        using var four = await OpenAsync(ingest, s.Operator, "four");
    }

    private static UsageEvent With(UsageEvent e, Action<UsageEvent> change)
    {
        change(e);
        return e;
    }

    private static async Task<AsyncDuplexStreamingCall<IngestRequest, IngestResponse>> OpenAsync(UsageIngest.UsageIngestClient ingest, string op, string stream)
    {
        var call = ingest.Ingest();
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = op, StreamName = stream } });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call;
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

    /// <summary>Opens a stream and sends one pre-encoded request, bypassing the client's own encoding.</summary>
    private async Task<List<BatchAck>> SendRawAsync(string op, string stream, byte[] encodedRequest)
    {
        var raw = new Marshaller<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.DuplexStreaming, "royaltyledger.v1.UsageIngest", "Ingest", raw, raw);
        using var call = Server.Admin.Invoker.AsyncDuplexStreamingCall(method, null, new CallOptions());
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = op, StreamName = stream } }.ToByteArray());
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await call.RequestStream.WriteAsync(encodedRequest);
        await call.RequestStream.CompleteAsync();
        var acks = new List<BatchAck>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            acks.Add(IngestResponse.Parser.ParseFrom(call.ResponseStream.Current).Ack);
        }

        return acks;
    }
}

public sealed class SqliteIngestEdgeTests(SqliteServerFixture fixture) : IngestEdgeTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresIngestEdgeTests(PostgresServerFixture fixture) : IngestEdgeTests(fixture), IClassFixture<PostgresServerFixture>;
