using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// Opens a registered operator's ingest stream, if the server has room for another (<see cref="IngestGate"/>);
/// otherwise the client is turned away with a retry delay.
/// </summary>
public sealed class OpenIngestSession(IGrainFactory grains, IngestGate gate, IngestBatch ingest, IIngestObserver observer)
{
    /// <summary>The open stream; dispose it when the client's stream ends, to make room for another.</summary>
    public async Task<IngestSession> OpenAsync(string operatorId, string streamName)
    {
        if (await grains.GetGrain<IOperatorGrain>(operatorId).Describe() is null)
        {
            throw new NotFoundException($"operator {operatorId} is not registered");
        }

        var stream = grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(operatorId, streamName));
        if (!gate.TryEnter())
        {
            observer.TurnedAway("streams");
            throw new BusyException($"the server has {gate.MaxOpenStreams:N0} ingest streams open, the most it serves; retry shortly", gate.RetryAfter);
        }

        observer.StreamOpened();
        try
        {
            var last = await stream.Open();
            return new IngestSession(ingest, stream, operatorId, streamName, last, Close);
        }
        catch
        {
            Close();
            throw;
        }
    }

    private void Close()
    {
        gate.Exit();
        observer.StreamClosed();
    }
}
