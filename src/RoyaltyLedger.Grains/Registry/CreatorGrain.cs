using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Statements;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

public sealed class CreatorGrain(
    [PersistentState("creator", StorageNames.Registry)] IPersistentState<ProfileState<CreatorProfile>> state,
    ILedgerStore ledger) : Grain, ICreatorGrain
{
    public Task<Registration<CreatorProfile>> Register(CreatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return state.RegisterAsync(this, ledger, RegistryKinds.Creator, profile.CreatorId, profile.DisplayName, profile);
    }

    public Task<CreatorProfile?> Describe() => Task.FromResult(state.State.Profile);

    public Task<CreatorStatementView> GetStatement() => GetStatementFor("", "");

    public async Task<CreatorStatementView> GetStatementFor(string periodFrom, string periodTo)
    {
        var creatorId = this.GetPrimaryKeyString();
        var rows = await ledger.GetStatementRowsAsync(creatorId, periodFrom, periodTo, CancellationToken.None);
        var titles = await WorkTitlesAsync(rows.Select(r => r.WorkId).Distinct(StringComparer.Ordinal));
        var lines = rows
            .Select(r => StatementLines.FromRow(r, titles.GetValueOrDefault(r.WorkId, "")))
            .Order(StatementLines.Ordering)
            .ToImmutableArray();
        return new CreatorStatementView(creatorId, state.State.Profile?.DisplayName, lines);
    }

    private async Task<Dictionary<string, string>> WorkTitlesAsync(IEnumerable<string> workIds)
    {
        var lookups = workIds.Select(async id => (id, snapshot: await GrainFactory.GetGrain<IWorkGrain>(id).Describe()));
        var found = await Task.WhenAll(lookups);
        return found.ToDictionary(f => f.id, f => f.snapshot?.Definition.Title ?? "", StringComparer.Ordinal);
    }
}
