using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Ends ingest streams when the server begins to stop (docs/cluster.md, "Graceful shutdown"): from then on no stream
/// opens and no stream takes another batch, while a batch already taken is still stored and acked. The client gets
/// UNAVAILABLE with a google.rpc.RetryInfo, reconnects (to another silo behind the load balancer, or to this one once
/// it is back) and resends whatever was not acked, which the stream's numbering keeps from being counted twice.
/// </summary>
internal sealed class IngestDrain(IHostApplicationLifetime lifetime)
{
    /// <summary>The retry delay a drained client is given: short, since another silo can take the stream at once.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Cancelled when the server begins to stop.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    /// <summary>Refuses to open a stream on a stopping server.</summary>
    public void ThrowIfStopping(string stream)
    {
        if (Stopping.IsCancellationRequested)
        {
            throw Unavailable(stream);
        }
    }

    /// <summary>UNAVAILABLE with a retry delay, naming the stream.</summary>
    public static RpcException Unavailable(string stream) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.Unavailable,
            Message = $"the server is shutting down; stream {stream} takes no more batches here: reconnect and resend what was not acknowledged, "
                + $"retry in {RetryAfter.TotalSeconds:N0} s",
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryAfter) }) },
        }.ToRpcException();
}
