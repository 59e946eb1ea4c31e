using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>
/// Seeds one operator with a model, a licensed co-written work (60/40) and an unlicensed work, all
/// ids prefixed so that tests sharing the cluster never meet.
/// </summary>
internal sealed record Catalogue(string Prefix)
{
    public string Operator => $"{Prefix}-op";
    public string Model => $"{Prefix}-model";
    public string LicensedWork => $"{Prefix}-licensed";
    public string UnlicensedWork => $"{Prefix}-unlicensed";
    public string Composer => $"{Prefix}-composer";
    public string Lyricist => $"{Prefix}-lyricist";

    public static readonly DateTimeOffset UsedAt = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public async Task<Catalogue> SeedAsync(ClusterFixture fixture)
    {
        var grains = fixture.Grains;
        await grains.GetGrain<IOperatorGrain>(Operator).Register(new OperatorProfile(Operator, "Operator"));
        await grains.GetGrain<IModelGrain>(Model).Register(new ModelProfile(Model, Operator, "Model"));
        await grains.GetGrain<ICreatorGrain>(Composer).Register(new CreatorProfile(Composer, "Composer"));
        await grains.GetGrain<ICreatorGrain>(Lyricist).Register(new CreatorProfile(Lyricist, "Lyricist"));
        ImmutableArray<ContributorShare> split = [new(Composer, "composer", 6_000), new(Lyricist, "lyricist", 4_000)];
        await grains.GetGrain<IWorkGrain>(LicensedWork).Register(new WorkDefinition(LicensedWork, "Licensed", "music", split));
        await grains.GetGrain<IWorkGrain>(UnlicensedWork).Register(new WorkDefinition(UnlicensedWork, "Unlicensed", "music", split));
        // The composer licenses the work and the lyricist consents, so both contributors authorise training.
        await fixture.Consents.AppendConsentAsync(new ConsentEntry(0, Lyricist, LicensedWork, (int)Domain.UseKind.Training, Operator, "granted", 0, "test"), CancellationToken.None);
        await fixture.Licences.IssueAsync(new LicenceRecord($"{Prefix}-lic", LicensorKind.Creator, Composer, Operator, [], [LicensedWork],
            [Domain.UseKind.Training], [], DateTimeOffset.UnixEpoch, null, false, new TariffTerms("EUR", 2_000_000, 1_000_000, "tokens"), null, false), CancellationToken.None);
        return this;
    }

    public IProducerStreamGrain Stream(IGrainFactory grains, string name = "s1") =>
        grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(Operator, name));

    /// <summary>A training use of the licensed work (or <paramref name="work"/>), as an operator sends it.</summary>
    public UsageEvent Event(string id, string? work = null, string? model = null) => new()
    {
        EventId = id,
        ModelId = model ?? Model,
        WorkId = work ?? LicensedWork,
        Use = Contracts.V1.UseKind.Training,
        Units = 1_000_000,
        UnitKind = "tokens",
        AttributionWeightPpm = 1_000_000,
        OccurredAt = Timestamp.FromDateTimeOffset(UsedAt),
        AttributionMethod = "manifest",
        AttributionMethodVersion = "1",
    };

    /// <summary>
    /// The batch as the gRPC edge hands it to the stream grain when every event is valid: the payload, every event a
    /// candidate unless its id came earlier in the batch.
    /// </summary>
    public static LogBatch Batch(long seq, params UsageEvent[] events)
    {
        var batch = new UsageBatch { BatchSeq = (ulong)seq };
        batch.Events.AddRange(events);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<int>();
        var repeated = new List<int>();
        for (var i = 0; i < events.Length; i++)
        {
            (seen.Add(events[i].EventId) ? candidates : repeated).Add(i);
        }

        return new LogBatch(seq, events.Length, batch.ToByteArray(), [.. candidates], [.. candidates.Select(i => EventKeys.Of(events[i].EventId))], [], [.. repeated]);
    }
}
