using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Projection;

/// <summary>The suspense report: events naming unregistered works, grouped by what they named.</summary>
public sealed class SqlSuspenseReport : ISuspenseReport
{
    private const string SuspenseGroups =
        "SELECT work_id, ref_scheme, ref_value, unit_kind, COUNT(*), SUM(units), COUNT(DISTINCT operator_id), MIN(occurred_at_ms), MAX(occurred_at_ms) " +
        "FROM unidentified_usage WHERE matched_work_id IS NULL GROUP BY work_id, ref_scheme, ref_value, unit_kind";

    private readonly LedgerDatabase _database;

    public SqlSuspenseReport(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<IReadOnlyList<SuspenseGroup>> ListSuspenseAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, ISuspenseReport.MaxSuspenseGroups);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, SuspenseGroups);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var groups = new List<SuspenseGroup>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            groups.Add(new SuspenseGroup(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetInt64(7), reader.GetInt64(8)));
        }

        // Ordered here rather than in SQL so that both databases' collations give the same order.
        return [.. groups.OrderByDescending(g => g.Events)
            .ThenBy(g => g.WorkId, StringComparer.Ordinal).ThenBy(g => g.RefScheme, StringComparer.Ordinal)
            .ThenBy(g => g.RefValue, StringComparer.Ordinal).ThenBy(g => g.UnitKind, StringComparer.Ordinal)
            .Take(limit)];
    }
}
