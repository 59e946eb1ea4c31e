using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The ledger's demand pass and withdrawn demands, on both databases: a withdrawn demand holds its work and model back
/// however many refused uses there are, until a creator of the work refuses that use again after the withdrawal and
/// the model uses the work so after that refusal; then the next demand opens, once.
/// </summary>
public abstract class RemovalDemandWithdrawalTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>2026-11-10T00:00:00Z.</summary>
    private const long Start = 1_794_268_800_000;

    private const long Day = 86_400_000;

    private SqlJournalStore Journal => new(fixture.Database);

    private SqlRemovalStore RemovalStore => new(fixture.Database);

    private Task<int> RefusedTrainingAsync(string p, string period, long firstAt, long lastAt) => fixture.ExecuteAsync(
        "INSERT INTO usage_totals (party_id, work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, event_count, units, " +
        "amount_nanos, first_at_ms, last_at_ms) VALUES ('', @w, @o, @m, 1, 'refused', 'tokens', 'EUR', @period, 1, i128(100), i128(0), @f, @l)",
        ("w", $"{p}-w"), ("o", $"{p}-op"), ("m", $"{p}-m"), ("period", period), ("f", firstAt), ("l", lastAt));

    private Task<int> RefusalAsync(string p, long recordedAt, string workId) => fixture.ExecuteAsync(
        "INSERT INTO consents (creator_id, work_id, use_kind, operator_id, decision, recorded_at_ms, recorded_by) " +
        "VALUES (@c, @w, 1, '', 'refused', @at, 'test')", ("c", $"{p}-c"), ("w", workId), ("at", recordedAt));

    private async Task<List<string>> PassAsync() =>
        [.. (await RemovalStore.OpenDemandsForRefusedUsesAsync(Start + (60 * Day), RemovalLimits.MaxDemandsPerPass, None)).Select(d => d.Request.RequestId)];

    [Fact]
    public async Task OpenDemands_DemandWithdrawn_HeldBackUntilTheCreatorRefusesAgainAndTheModelTrainsAfterThat()
    {
        const string p = "wd-again";
        await fixture.ExecuteAsync("INSERT INTO work_parties (party_id, relation, work_id) VALUES ('wd-again-c', 'contributor', 'wd-again-w')");
        await RefusedTrainingAsync(p, "2026-11", Start, Start + Day);
        var first = Assert.Single(await PassAsync());
        await RemovalStore.WithdrawRemovalAsync(new RemovalWithdrawalRecord(first, "agreed with the operator", $"{p}-c", "creator", Start + (2 * Day), 0), None);

        var afterWithdrawal = await PassAsync();
        await RefusalAsync(p, Start + Day + 1, $"{p}-w");                  // recorded before the withdrawal: already answered
        await RefusedTrainingAsync(p, "2026-12", Start + (20 * Day), Start + (21 * Day));
        var refusalBefore = await PassAsync();
        await RefusalAsync(p, Start + (30 * Day), "");                     // again, for all the creator's works; no training after it yet
        var noUseAfterIt = await PassAsync();
        await RefusedTrainingAsync(p, "2027-01", Start + (31 * Day), Start + (32 * Day));
        var reopened = await PassAsync();
        var again = await PassAsync();
        var demand = (await RemovalStore.GetRemovalAsync($"refused:{p}-w:{p}-m:2", None))!.Request;

        Assert.Equal($"refused:{p}-w:{p}-m", first);
        Assert.Equal((0, 0, 0), (afterWithdrawal.Count, refusalBefore.Count, noUseAfterIt.Count));
        Assert.Equal([$"refused:{p}-w:{p}-m:2"], reopened);
        Assert.Empty(again);
        Assert.Equal((RemovalOrigins.RefusedUse, RemovalStates.Open, $"a creator of work {p}-w refused its use for training or fine-tuning again after demand " +
                $"refused:{p}-w:{p}-m was withdrawn, and operator {p}-op reported such a use by model {p}-m (the first at 2026-12-11T00:00:00Z)"),
            (demand.Origin, demand.Status, demand.Reason));
        Assert.Equal(RemovalStates.Withdrawn, (await RemovalStore.GetRemovalAsync(first, None))!.Request.Status);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task OpenDemands_AttestedOrOpenDemand_NeverReopenedByARefusal()
    {
        const string p = "wd-kept";
        await fixture.ExecuteAsync("INSERT INTO work_parties (party_id, relation, work_id) VALUES ('wd-kept-c', 'contributor', 'wd-kept-w')");
        await RefusedTrainingAsync(p, "2026-11", Start, Start + Day);
        var first = Assert.Single(await PassAsync());
        await RefusalAsync(p, Start + (2 * Day), $"{p}-w");
        await RefusedTrainingAsync(p, "2026-12", Start + (20 * Day), Start + (21 * Day));
        var whileOpen = await PassAsync();
        await RemovalStore.AttestRemovalAsync(new RemovalAttestationRecord(first, "v2", "deleted", Start + (3 * Day), new string('b', 64), "operator", Start + (3 * Day), 0), None);
        await RefusalAsync(p, Start + (25 * Day), $"{p}-w");
        await RefusedTrainingAsync(p, "2027-01", Start + (31 * Day), Start + (32 * Day));

        var whileAttested = await PassAsync();

        Assert.Equal((0, 0), (whileOpen.Count, whileAttested.Count));
        Assert.Equal(new UsesAfterRemoval(2, AtLeast: false), (await RemovalStore.GetRemovalAsync(first, None))!.UsesAfter);
    }
}

public sealed class SqliteRemovalDemandWithdrawalTests(SqliteStoreFixture fixture) : RemovalDemandWithdrawalTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresRemovalDemandWithdrawalTests(PostgresStoreFixture fixture) : RemovalDemandWithdrawalTests(fixture), IClassFixture<PostgresStoreFixture>;
