using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>
/// A scripted ingest server for the client's own tests: call n answers each request with the n-th responder, which
/// returns a response, null for none, or throws an <see cref="RpcException"/> that ends the call.
/// </summary>
internal sealed class FakeIngest(params Func<IngestRequest, IngestResponse?>[] responders) : CallInvoker
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Every batch received, in order, over all calls.</summary>
    public List<UsageBatch> Batches { get; } = [];

    public FakeIngestCall? LastCall { get; private set; }

    public static IngestResponse Opened(ulong last) => new() { Opened = new StreamOpened { LastBatchSeq = last } };

    public static IngestResponse AcceptAll(UsageBatch batch) => new() { Ack = new BatchAck { BatchSeq = batch.BatchSeq, Accepted = (uint)batch.Events.Count } };

    /// <summary>A server that opens at <paramref name="last"/> and accepts every batch.</summary>
    public static Func<IngestRequest, IngestResponse?> Accepting(ulong last = 0) => r => r.Open is not null ? Opened(last) : AcceptAll(r.Batch);

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var n = Interlocked.Increment(ref _calls);
        Assert.True(n <= responders.Length, $"the writer opened call {n}, but only {responders.Length} were scripted");
        var call = new FakeIngestCall(responders[n - 1], Batches, options.CancellationToken);
        LastCall = call;
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(
            (IClientStreamWriter<TRequest>)(object)call, (IAsyncStreamReader<TResponse>)(object)call,
            Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], call.Dispose);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();
}
