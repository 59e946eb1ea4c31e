using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage;

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
        await fixture.Ledger.AppendConsentAsync(new ConsentEntry(0, Lyricist, LicensedWork, (int)UseKind.Training, Operator, "granted", 0, "test"), CancellationToken.None);
        await fixture.Licences.IssueAsync(new LicenceRecord($"{Prefix}-lic", LicensorKind.Creator, Composer, Operator, [], [LicensedWork],
            [UseKind.Training], [], DateTimeOffset.UnixEpoch, null, false, new TariffTerms("EUR", 2_000_000, 1_000_000, "tokens"), null, false), CancellationToken.None);
        return this;
    }

    public IProducerStreamGrain Stream(IGrainFactory grains, string name = "s1") =>
        grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(Operator, name));

    public UsageEventRecord Event(string id, string? work = null, long units = 1_000_000, long? weight = 1_000_000, string? model = null) =>
        new(id, model ?? Model, work ?? LicensedWork, UseKind.Training, units, "tokens", weight, UsedAt, "manifest", "1");

    public static IngestBatch Batch(long seq, params UsageEventRecord[] events) => new(seq, [.. events]);
}
