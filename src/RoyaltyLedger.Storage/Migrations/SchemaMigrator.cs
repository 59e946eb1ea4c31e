using DbUp.Builder;
using DbUp.Engine;

namespace RoyaltyLedger.Storage.Migrations;

/// <summary>
/// Brings each component's schema to the newest version this build has, with DbUp: its journal table lists the
/// scripts already run, and each missing one runs in a transaction of its own together with its journal row, so a
/// crash leaves a database at a whole version. Every component is checked before any script runs, so that a database
/// newer than this build is refused without touching it.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task<IReadOnlyList<MigrationResult>> MigrateAsync(IReadOnlyList<MigrationTarget> targets, CancellationToken cancellationToken)
    {
        var plans = new List<Plan>(targets.Count);
        foreach (var target in targets)
        {
            plans.Add(await PlanAsync(target, cancellationToken).ConfigureAwait(false));
        }

        var results = new List<MigrationResult>(plans.Count);
        foreach (var plan in plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Apply(plan));
        }

        return results;
    }

    private sealed record Plan(MigrationTarget Target, UpgradeEngine Engine, int FromVersion, int ToVersion, bool Adopted);

    private static async Task<Plan> PlanAsync(MigrationTarget target, CancellationToken cancellationToken)
    {
        var component = target.Component;
        var scripts = MigrationScripts.For(target.Vendor, component);
        var engine = target.Builder
            .WithScripts(scripts.Select(s => new SqlScript(s.Name, s.Sql)))
            .WithTransactionPerScript()
            // DbUp would otherwise replace $name$ tokens in the scripts.
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();
        var executed = engine.GetExecutedScripts();
        var known = scripts.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = executed.Where(name => !known.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            var databaseVersion = executed.Select(MigrationScripts.VersionOf).Max() ?? 0;
            throw new SchemaTooNewException(component.Name, target.Database, databaseVersion, scripts[^1].Version, unknown);
        }

        // A release before migrations left its tables and no journal. Its baseline script is idempotent (it ran at
        // every start), so running it again changes nothing on such a database, or completes one from an older
        // release exactly as that release's next start would have; then the later scripts follow.
        var adopted = executed.Count == 0
            && !await target.TableExistsAsync(component.JournalTable, cancellationToken).ConfigureAwait(false)
            && await target.TableExistsAsync(component.ReleaseMarkerTable, cancellationToken).ConfigureAwait(false);
        var fromVersion = adopted ? 1 : executed.Select(MigrationScripts.VersionOf).Max() ?? 0;
        return new Plan(target, engine, fromVersion, scripts[^1].Version, adopted);
    }

    private static MigrationResult Apply(Plan plan)
    {
        var result = plan.Engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"the {plan.Target.Component.Name} schema migration {result.ErrorScript?.Name ?? "(none)"} failed on {plan.Target.Database}, " +
                $"which stays at the last version that completed: {result.Error.Message}", result.Error);
        }

        return new MigrationResult(plan.Target.Component.Name, plan.Target.Database, plan.FromVersion, plan.ToVersion,
            [.. result.Scripts.Select(s => s.Name)], plan.Adopted);
    }
}
