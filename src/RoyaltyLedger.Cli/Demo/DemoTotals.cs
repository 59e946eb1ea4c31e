using System.Text.Json.Nodes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Demo;

/// <summary>Adds up the demo's acks per operator and reports them with any rejections.</summary>
internal sealed class DemoTotals
{
    private readonly SortedDictionary<string, (long Sent, long Accepted, long Duplicates, long Rejected)> _byOperator = new(StringComparer.Ordinal);
    private readonly List<string> _rejections = [];
    private int _replayedBatches;

    /// <summary>Counts a batch the ledger already held; its ack is the original one, nothing was counted again.</summary>
    public void Replayed() => _replayedBatches++;

    public void Add(string operatorId, UsageBatch batch, BatchAck ack)
    {
        var t = _byOperator.GetValueOrDefault(operatorId);
        _byOperator[operatorId] = (t.Sent + batch.Events.Count, t.Accepted + ack.Accepted, t.Duplicates + ack.Duplicates, t.Rejected + ack.Rejections.Count);
        _rejections.AddRange(ack.Rejections.Select(r =>
            $"{operatorId} batch {ack.BatchSeq} event {r.Index} ({batch.Events[(int)r.Index].EventId}): {Rendering.EnumNames.Of(r.Reason)}: {r.Message}"));
    }

    public async Task WriteAsync(TextWriter output)
    {
        await output.WriteLineAsync("Usage streamed over gRPC, each batch acknowledged once durable:");
        var table = new Table("OPERATOR", "SENT", "ACCEPTED", "DUPLICATES", "REJECTED").AlignRight(1, 2, 3, 4);
        foreach (var (op, t) in _byOperator)
        {
            table.Add(op, $"{t.Sent:N0}", $"{t.Accepted:N0}", $"{t.Duplicates:N0}", $"{t.Rejected:N0}");
        }

        await table.WriteAsync(output);
        foreach (var rejection in _rejections)
        {
            await output.WriteLineAsync($"rejected: {rejection}");
        }

        if (_replayedBatches > 0)
        {
            await output.WriteLineAsync(
                $"{_replayedBatches} batches were already held from an earlier run: the ledger returned their original acks and counted nothing twice.");
        }

        await output.WriteLineAsync();
    }

    public JsonObject ToJson(IEnumerable<CreatorStatement> statements)
    {
        var ingest = new JsonArray();
        foreach (var (op, t) in _byOperator)
        {
            ingest.Add(new JsonObject
            {
                ["operatorId"] = op,
                ["sent"] = t.Sent,
                ["accepted"] = t.Accepted,
                ["duplicates"] = t.Duplicates,
                ["rejected"] = t.Rejected,
            });
        }

        return new JsonObject
        {
            ["ingest"] = ingest,
            ["replayedBatches"] = _replayedBatches,
            ["rejections"] = new JsonArray([.. _rejections.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["statements"] = new JsonArray([.. statements.Select(s => (JsonNode?)JsonOutput.ToNode(s))]),
        };
    }
}
