using System.Text.Json;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// Registers creators, operators, models, rightsholders and societies (each idempotent: the same profile again is a
/// no-op, a different one a conflict), and lists any kind of entity, from the registry store.
/// </summary>
public sealed class PartyRegistry(IGrainFactory grains, IRegistryStore registry)
{
    public Task<Registration<CreatorProfile>> RegisterCreatorAsync(CreatorProfile profile) =>
        grains.GetGrain<ICreatorGrain>(Id(profile).CreatorId).Register(profile);

    public Task<Registration<OperatorProfile>> RegisterOperatorAsync(OperatorProfile profile) =>
        grains.GetGrain<IOperatorGrain>(Id(profile).OperatorId).Register(profile);

    public Task<Registration<RightsholderProfile>> RegisterRightsholderAsync(RightsholderProfile profile) =>
        grains.GetGrain<IRightsholderGrain>(Id(profile).RightsholderId).Register(profile);

    public Task<Registration<SocietyProfile>> RegisterSocietyAsync(SocietyProfile profile) =>
        grains.GetGrain<ISocietyGrain>(Id(profile).SocietyId).Register(profile);

    /// <summary>Replaces a society's payout schedule; null when the society is not registered.</summary>
    public Task<SocietyProfile?> SetSocietyPayoutScheduleAsync(string societyId, SocietyPayoutSchedule schedule) =>
        grains.GetGrain<ISocietyGrain>(societyId).SetPayoutSchedule(schedule);

    /// <summary>Registers the model; rejected (operator_id) when its operator is not registered.</summary>
    public async Task<RegistryResult<Registration<ModelProfile>>> RegisterModelAsync(ModelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (await grains.GetGrain<IOperatorGrain>(profile.OperatorId).Describe() is null)
        {
            return RegistryResult.Rejected<Registration<ModelProfile>>("operator_id", $"operator_id '{profile.OperatorId}' is not a registered operator");
        }

        return RegistryResult.Of<Registration<ModelProfile>>(await grains.GetGrain<IModelGrain>(profile.ModelId).Register(profile));
    }

    /// <summary>At most <paramref name="limit"/> entities of the kind (<see cref="RegistryKinds"/>) whose id sorts after <paramref name="afterId"/>, in id order.</summary>
    public async Task<IReadOnlyList<(string Id, T Item)>> ListAsync<T>(string kind, string afterId, int limit, CancellationToken cancellationToken)
        where T : class
    {
        var read = await registry.ListPageAsync(kind, afterId, limit, cancellationToken);
        return [.. read.Select(e => (e.Id, JsonSerializer.Deserialize<T>(e.PayloadJson)
            ?? throw new InvalidDataException($"registry entry {kind} {e.Id} holds no payload")))];
    }

    private static T Id<T>(T profile)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile;
    }
}
