using System.Text.Json;
using Orleans.Core.Internal;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>Registry grains are caches of the registry store's rows: a new activation loads the row as the store holds it.</summary>
[Collection(ClusterGroup.Name)]
public class RegistryReloadTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Describe_RowWrittenBeforeAnyActivation_LoadsItFromTheStore()
    {
        var profile = new OperatorProfile("rr-op", "Stored Directly");
        await fixture.Registry.SaveAsync(
            new RegistryChange(new RegistryEntry(RegistryKinds.Operator, "rr-op", profile.DisplayName, JsonSerializer.Serialize(profile)), null), CancellationToken.None);

        Assert.Equal(profile, await fixture.Grains.GetGrain<IOperatorGrain>("rr-op").Describe());
    }

    [Fact]
    public async Task Describe_RowChangedInTheStoreThenGrainDeactivated_ReloadsTheChangedRow()
    {
        var creator = fixture.Grains.GetGrain<ICreatorGrain>("rr-creator");
        Assert.Equal(RegistrationOutcome.Created, (await creator.Register(new CreatorProfile("rr-creator", "Before"))).Outcome);
        var stored = await fixture.Registry.FindAsync(RegistryKinds.Creator, "rr-creator", CancellationToken.None);
        var after = new CreatorProfile("rr-creator", "After");
        Assert.True(await fixture.Registry.SaveAsync(new RegistryChange(
            new RegistryEntry(RegistryKinds.Creator, "rr-creator", after.DisplayName, JsonSerializer.Serialize(after)), stored!.PayloadJson), CancellationToken.None));
        Assert.Equal("Before", (await creator.Describe())!.DisplayName);

        await creator.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal(after, await PollAsync(() => creator.Describe(), p => p?.DisplayName == "After", "creator rr-creator after deactivation"));
        Assert.Equal(RegistrationOutcome.Conflict, (await creator.Register(new CreatorProfile("rr-creator", "Before"))).Outcome);
    }

    [Fact]
    public async Task Describe_WorkAfterDeactivation_HoldsTheSameDefinitionAndSplitHistory()
    {
        var catalogue = await new Catalogue("rr-cat").SeedAsync(fixture);
        var work = fixture.Grains.GetGrain<IWorkGrain>(catalogue.LicensedWork);
        var before = (await work.Describe())!;

        await work.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var after = (await work.Describe())!;

        Assert.True(before.Definition.SameAs(after.Definition), "the definition survives reloading");
        Assert.Equal(before.Splits.Select(s => (s.EffectiveFrom, s.RecordedAt, s.Note, s.Correction)), after.Splits.Select(s => (s.EffectiveFrom, s.RecordedAt, s.Note, s.Correction)));
        Assert.Equal(before.Splits.SelectMany(s => s.Contributors), after.Splits.SelectMany(s => s.Contributors));
        Assert.Equal(RegistrationOutcome.Unchanged, (await work.Register(before.Definition)).Outcome);
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"{what}: not reloaded after 200 reads");
    }
}
