using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Registry;

public sealed class WorkGrain(
    [PersistentState("work", StorageNames.Registry)] IPersistentState<WorkState> state,
    ILedgerStore ledger) : Grain, IWorkGrain
{
    public async Task<Registration<WorkSnapshot>> Register(WorkDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.WorkId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"definition of {definition.WorkId} sent to work {this.GetPrimaryKeyString()}", nameof(definition));
        }

        if (state.State.Snapshot is { } current)
        {
            if (!current.Definition.SameAs(definition))
            {
                return new(RegistrationOutcome.Conflict, current);
            }

            await PublishAsync(current);
            return new(RegistrationOutcome.Unchanged, current);
        }

        var created = new WorkSnapshot(definition, [], Version: 1);
        await state.ReplaceAsync(new WorkState { Snapshot = created }, this);
        await PublishAsync(created);
        return new(RegistrationOutcome.Created, created);
    }

    public Task<WorkSnapshot?> Describe() => Task.FromResult(state.State.Snapshot);

    public async Task<Registration<LicenceGrant>?> GrantLicence(LicenceGrant licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        if (state.State.Snapshot is not { } current)
        {
            return null;
        }

        if (current.Licences.FirstOrDefault(l => l.LicenceId == licence.LicenceId) is { } held)
        {
            return new(held.SameTermsAs(licence) ? RegistrationOutcome.Unchanged : RegistrationOutcome.Conflict, held);
        }

        var licences = current.Licences.Add(licence).Sort((a, b) => string.CompareOrdinal(a.LicenceId, b.LicenceId));
        var next = current with { Licences = licences, Version = current.Version + 1 };
        await state.ReplaceAsync(new WorkState { Snapshot = next }, this);
        await PublishAsync(next);
        return new(RegistrationOutcome.Created, licence);
    }

    private Task PublishAsync(WorkSnapshot snapshot) =>
        ledger.PublishAsync(RegistryKinds.Work, snapshot.Definition.WorkId, snapshot.Definition.Title, snapshot);
}
