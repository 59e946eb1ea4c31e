using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The first vertical slice's catalogue, under a prefix so that tests sharing a server never meet.</summary>
public sealed record Slice(string Prefix)
{
    public string Composer => $"{Prefix}-composer";
    public string Lyricist => $"{Prefix}-lyricist";
    public string Operator => $"{Prefix}-op";
    public string Model => $"{Prefix}-model";
    public string Work => $"{Prefix}-song";

    public static readonly Timestamp UsedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public static readonly Timestamp LicenceStart = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Registers the catalogue; the composer licenses training of the song and the lyricist consents to it.</summary>
    public async Task<Slice> RegisterAsync(LedgerClients admin)
    {
        var registry = admin.Registry;
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = Composer, DisplayName = "Composer Person" });
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = Lyricist, DisplayName = "Lyricist Person" });
        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = Operator, DisplayName = "Operator" });
        await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = Model, OperatorId = Operator, DisplayName = "Model" });
        await registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = Work,
            Title = "The Song",
            Medium = "music",
            Contributors =
            {
                new Contributor { CreatorId = Composer, Role = "composer", ShareBps = 6_000 },
                new Contributor { CreatorId = Lyricist, Role = "lyricist", ShareBps = 4_000 },
            },
        });
        await registry.GrantLicenceAsync(new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = $"{Prefix}-lic",
                LicensorCreatorId = Composer,
                WorkIds = { Work },
                OperatorId = Operator,
                Uses = { UseKind.Training },
                StartsAt = LicenceStart,
                Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
            },
        });
        await admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = Lyricist,
            WorkId = Work,
            Use = UseKind.Training,
            OperatorId = Operator,
            Decision = ConsentDecision.Granted,
        });
        return this;
    }

    public UsageEvent Event(string id, long units = 1_000_000, string? model = null) => new()
    {
        EventId = id,
        ModelId = model ?? Model,
        WorkId = Work,
        Use = UseKind.Training,
        Units = units,
        UnitKind = "tokens",
        AttributionWeightPpm = 1_000_000,
        OccurredAt = UsedAt,
        AttributionMethod = "manifest",
        AttributionMethodVersion = "1",
    };

    public static UsageBatch Batch(ulong seq, params UsageEvent[] events)
    {
        var batch = new UsageBatch { BatchSeq = seq };
        batch.Events.AddRange(events);
        return batch;
    }

    /// <summary>Opens a stream, sends the batches in order and returns the open reply and every ack.</summary>
    public async Task<(StreamOpened Opened, List<BatchAck> Acks)> SendAsync(UsageIngest.UsageIngestClient client, string stream, params UsageBatch[] batches)
    {
        using var call = client.Ingest();
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = Operator, StreamName = stream } });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), "the server closed the stream before confirming open");
        var opened = call.ResponseStream.Current.Opened;
        var acks = new List<BatchAck>();
        foreach (var batch in batches)
        {
            await call.RequestStream.WriteAsync(new IngestRequest { Batch = batch });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), $"no ack for batch {batch.BatchSeq}");
            acks.Add(call.ResponseStream.Current.Ack);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None), "the server sent more than one ack per batch");
        return (opened, acks);
    }
}
