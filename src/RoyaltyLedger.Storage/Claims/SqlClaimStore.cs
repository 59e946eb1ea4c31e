using System.Data.Common;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Rerate;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Claims;

/// <summary>Claim settlements: each settles an operator's claims on works through a time, and queues the works for re-rating.</summary>
public sealed class SqlClaimStore : IClaimStore
{
    private readonly LedgerDatabase _database;

    public SqlClaimStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<ClaimSettlement> SettleAsync(ClaimSettlement settlement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            if (await ReadSettlementAsync(connection, transaction, settlement.SettlementId, cancellationToken).ConfigureAwait(false) is { } held)
            {
                return held;
            }

            await using var insert = Command(connection, transaction,
                "INSERT INTO claim_settlements (settlement_id, work_id, operator_id, settled_through_ms, note, settled_by, settled_at_ms) " +
                "VALUES (@s, @w, @o, @t, @n, @b, @a)",
                ("s", settlement.SettlementId), ("w", ""), ("o", settlement.OperatorId), ("t", settlement.SettledThroughUnixMs),
                ("n", settlement.Note), ("b", settlement.SettledBy), ("a", settlement.SettledAtUnixMs));
            foreach (var workId in settlement.WorkIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                insert.Parameters["w"].Value = workId;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await RerateQueue.EnqueueAsync(connection, transaction, settlement.WorkIds, $"{RerateReasons.ClaimSettled}: {settlement.SettlementId}",
                settlement.SettledAtUnixMs, cancellationToken).ConfigureAwait(false);
            return settlement;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<(string OperatorId, string WorkId), long>> SettledThroughAsync(
        IReadOnlyCollection<(string OperatorId, string WorkId)> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var settled = new Dictionary<(string, string), long>();
        if (pairs.Count == 0)
        {
            return settled;
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in pairs.Distinct().Chunk(SqlLists.MaxParameters / 2))
        {
            var where = string.Join(" OR ", chunk.Select((_, i) => $"(operator_id = @o{i} AND work_id = @w{i})"));
            var parameters = chunk.SelectMany((p, i) => new (string, object)[] { ($"o{i}", p.OperatorId), ($"w{i}", p.WorkId) }).ToArray();
            await using var command = Command(connection, null,
                $"SELECT operator_id, work_id, MAX(settled_through_ms) FROM claim_settlements WHERE {where} GROUP BY operator_id, work_id", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                settled[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        return settled;
    }

    private static async Task<ClaimSettlement?> ReadSettlementAsync(DbConnection connection, DbTransaction transaction, string settlementId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT work_id, operator_id, settled_through_ms, note, settled_by, settled_at_ms FROM claim_settlements WHERE settlement_id = @s ORDER BY work_id",
            ("s", settlementId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var works = new List<string>();
        (string Operator, long Through, string Note, string By, long At)? head = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            works.Add(reader.GetString(0));
            head ??= (reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5));
        }

        return head is { } h ? new ClaimSettlement(settlementId, h.Operator, works, h.Through, h.Note, h.By, h.At) : null;
    }
}
