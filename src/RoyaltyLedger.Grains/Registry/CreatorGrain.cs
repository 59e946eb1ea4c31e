using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Statements;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Statements;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A creator: a cache of its row in the registry store, loaded on activation, and the creator's statement.</summary>
public sealed class CreatorGrain(IRegistryStore registry, IStatementRowStore statements) : Grain, ICreatorGrain
{
    private RegistryRow<CreatorProfile> _row = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Creator, this.GetPrimaryKeyString());
        return _row.LoadAsync(cancellationToken);
    }

    public Task<Registration<CreatorProfile>> Register(CreatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _row.RegisterAsync(this, RegistryKinds.Creator, profile.CreatorId, profile.DisplayName, profile);
    }

    public Task<CreatorProfile?> Describe() => Task.FromResult(_row.Value);

    public Task<CreatorStatementView> GetStatement() => GetStatementFor("", "");

    public async Task<CreatorStatementView> GetStatementFor(string periodFrom, string periodTo)
    {
        var creatorId = this.GetPrimaryKeyString();
        var rows = await statements.GetStatementRowsAsync(creatorId, periodFrom, periodTo, CancellationToken.None);
        var titles = await WorkTitlesAsync(rows.Select(r => r.WorkId).Distinct(StringComparer.Ordinal));
        var lines = rows
            .Select(r => StatementLines.FromRow(r, titles.GetValueOrDefault(r.WorkId, "")))
            .Order(StatementLines.Ordering)
            .ToImmutableArray();
        return new CreatorStatementView(creatorId, _row.Value?.DisplayName, lines);
    }

    private async Task<Dictionary<string, string>> WorkTitlesAsync(IEnumerable<string> workIds)
    {
        var lookups = workIds.Select(async id => (id, snapshot: await GrainFactory.GetGrain<IWorkGrain>(id).Describe()));
        var found = await Task.WhenAll(lookups);
        return found.ToDictionary(f => f.id, f => f.snapshot?.Definition.Title ?? "", StringComparer.Ordinal);
    }
}
