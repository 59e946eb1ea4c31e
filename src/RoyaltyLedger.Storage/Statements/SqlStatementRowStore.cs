using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Statements;

/// <summary>A creator's statement lines, read from the projection's <c>usage_totals</c>.</summary>
public sealed class SqlStatementRowStore(LedgerDatabase database) : IStatementRowStore
{
    // A creator's lines come from the projection's usage_totals, one per month of use; an empty bound is open.
    private const string StatementRowsSql =
        "SELECT work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, " +
        "CAST(SUM(event_count) AS BIGINT), i128_sum(units), i128_sum(amount_nanos) " +
        "FROM usage_totals WHERE party_id = @party AND (@from = '' OR period >= @from) AND (@to = '' OR period <= @to) " +
        "GROUP BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period " +
        "ORDER BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period";

    public async Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periodFrom);
        ArgumentNullException.ThrowIfNull(periodTo);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, StatementRowsSql, ("party", creatorId), ("from", periodFrom), ("to", periodTo));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StatementRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StatementRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt128(9), reader.GetInt128(10)));
        }

        return rows;
    }
}
