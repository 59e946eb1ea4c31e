using System.Diagnostics;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Reports;

/// <summary>The transparency report's reads of training and fine-tuning uses, by model and by creator.</summary>
public sealed class SqlTrainingReportStore(LedgerDatabase database) : ITrainingReportStore
{
    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<TrainingPage> ModelTrainingAsync(string modelId, string afterWorkId, int maxWorks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWorks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxWorks, ITrainingReportStore.MaxPageSize);
        var rows = await ReadTrainingRowsAsync(TrainingSql.ModelPage, cancellationToken, ("m", modelId), ("after", afterWorkId), ("n", maxWorks + 1))
            .ConfigureAwait(false);
        return Cut(rows, maxWorks, r => r.WorkId);
    }

    public async Task<IReadOnlyList<TrainingTotalRow>> ModelTrainingTotalsAsync(string modelId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, TrainingSql.ModelTotals, ("m", modelId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var totals = new List<TrainingTotalRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            totals.Add(new TrainingTotalRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt128(5)));
        }

        return totals;
    }

    public async Task<TrainingPage> CreatorTrainingAsync(string creatorId, string afterModelId, string afterWorkId, int maxPairs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPairs, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPairs, ITrainingReportStore.MaxPageSize);
        var rows = await ReadTrainingRowsAsync(TrainingSql.CreatorPage, cancellationToken,
            ("c", creatorId), ("am", afterModelId), ("aw", afterWorkId), ("n", maxPairs + 1)).ConfigureAwait(false);
        return Cut(rows, maxPairs, r => (r.ModelId, r.WorkId));
    }

    private async Task<List<TrainingUseRow>> ReadTrainingRowsAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TrainingUseRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new TrainingUseRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6), reader.GetInt128(7), reader.GetInt64(8), reader.GetInt64(9)));
        }

        return rows;
    }

    /// <summary>
    /// The query read one key more than the page holds, to tell whether another page follows; that key's rows are
    /// dropped. Rows arrive grouped by key (the queries order by it first).
    /// </summary>
    private static TrainingPage Cut<TKey>(List<TrainingUseRow> rows, int maxKeys, Func<TrainingUseRow, TKey> key)
    {
        var keys = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == 0 || !EqualityComparer<TKey>.Default.Equals(key(rows[i]), key(rows[i - 1])))
            {
                keys++;
                if (keys > maxKeys)
                {
                    return new TrainingPage(rows[..i], More: true);
                }
            }
        }

        Debug.Assert(keys <= maxKeys, "a page never holds more keys than asked for");
        return new TrainingPage(rows, More: false);
    }
}
