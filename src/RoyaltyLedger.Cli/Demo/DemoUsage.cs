using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Demo;

/// <summary>
/// Generates the demo's usage: the same events every run (fixed seed and ids), so running the demo
/// twice shows the ledger counting each event once.
/// </summary>
internal static class DemoUsage
{
    public const int EventCount = 3_000;
    public const int BatchSize = 500;

    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    // (operator, model, work, use, unit kind, typical units). Some uses have no licence on purpose,
    // and one names a work nobody has registered yet.
    private static readonly (string Op, string Model, string Work, UseKind Use, string Unit, int Units)[] Patterns =
    [
        ("lumen-ai", "lumen-7b", "tides-of-lagos", UseKind.Training, "tokens", 180_000),
        ("lumen-ai", "lumen-7b", "tides-of-lagos", UseKind.Retrieval, "tokens", 2_400),
        ("lumen-ai", "lumen-7b", "harbour-lights", UseKind.Training, "tokens", 40_000),
        ("lumen-ai", "lumen-7b", "north-wind", UseKind.Training, "tokens", 38_000),
        ("lumen-ai", "lumen-vision", "foxes-at-dusk", UseKind.Training, "images", 1),
        ("lumen-ai", "lumen-vision", "foxes-at-dusk", UseKind.Output, "images", 1),
        ("lumen-ai", "lumen-vision", "fjord-5am", UseKind.Training, "images", 1),
        ("quill-labs", "quill-writer", "tides-of-lagos", UseKind.Output, "tokens", 900),
        ("quill-labs", "quill-writer", "who-owns-the-water", UseKind.Retrieval, "retrievals", 1),
        ("quill-labs", "quill-writer", "night-garden", UseKind.FineTuning, "tokens", 60_000),
        ("quill-labs", "quill-writer", "isrc-GBAYE2600001", UseKind.Retrieval, "retrievals", 1),
    ];

    /// <summary>The demo's batches for one operator, numbered from 1.</summary>
    public static IReadOnlyList<UsageBatch> BatchesFor(string operatorId)
    {
        var random = new Random(2026);
        var events = new List<UsageEvent>();
        for (var i = 0; i < EventCount; i++)
        {
            var p = Patterns[random.Next(Patterns.Length)];
            var units = Math.Max(1, p.Units / 2 + random.Next(p.Units + 1));
            var weight = (uint)(p.Use is UseKind.Output or UseKind.Retrieval ? 50_000 + random.Next(450_000) : 1_000_000);
            if (p.Op != operatorId)
            {
                continue;
            }

            events.Add(new UsageEvent
            {
                EventId = string.Create(CultureInfo.InvariantCulture, $"demo-{i:D6}"),
                ModelId = p.Model,
                WorkId = p.Work,
                Use = p.Use,
                Units = units,
                UnitKind = p.Unit,
                AttributionWeightPpm = weight,
                OccurredAt = Timestamp.FromDateTimeOffset(Start.AddMinutes(i * 7)),
                AttributionMethod = p.Use is UseKind.Output ? "influence-functions" : "corpus-manifest",
                AttributionMethodVersion = "1.0",
            });
        }

        if (operatorId == "quill-labs")
        {
            events.Add(Faulty());
        }

        return [.. events.Chunk(BatchSize).Select((chunk, i) =>
        {
            var batch = new UsageBatch { BatchSeq = (ulong)i + 1 };
            batch.Events.AddRange(chunk);
            return batch;
        })];
    }

    /// <summary>One event the server must refuse, to show what a rejection looks like.</summary>
    private static UsageEvent Faulty() => new()
    {
        EventId = "demo-faulty-weight",
        ModelId = "quill-writer",
        WorkId = "tides-of-lagos",
        Use = UseKind.Output,
        Units = 100,
        UnitKind = "tokens",
        AttributionWeightPpm = 1_200_000,
        OccurredAt = Timestamp.FromDateTimeOffset(Start),
        AttributionMethod = "influence-functions",
        AttributionMethodVersion = "1.0",
    };
}
