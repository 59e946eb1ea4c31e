namespace RoyaltyLedger.LoadClient;

/// <summary>One server's share of a run (streams go round-robin over --server): its streams, events acked and ack latency.</summary>
internal sealed record ServerResults(int Index, string Server, int Streams, long EventsAcked, double EventsPerSecond, double AckLatencyMsP99)
{
    /// <summary>Per server, in the order given; <paramref name="perStream"/> holds each stream's recorder by stream index.</summary>
    public static IReadOnlyList<ServerResults> Of(LoadOptions options, IReadOnlyList<Recorder> perStream) =>
        options.Servers.Select((server, index) =>
        {
            var merged = new Recorder();
            var streams = 0;
            for (var stream = 0; stream < perStream.Count; stream++)
            {
                if (options.ServerOf(stream) == index)
                {
                    merged.Add(perStream[stream]);
                    streams++;
                }
            }

            var p99 = merged.Latency.TotalCount == 0 ? 0 : merged.Latency.GetValueAtPercentile(99) / 1000.0;
            return new ServerResults(index, server.ToString(), streams, merged.Acked, Math.Round((double)merged.Acked / options.DurationSeconds), p99);
        }).ToList();
}
