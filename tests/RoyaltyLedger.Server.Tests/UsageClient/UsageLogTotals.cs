using Microsoft.Data.Sqlite;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>What the usage log holds for one producer stream, read straight from the server's SQLite file.</summary>
internal sealed record UsageLogTotals(long Batches, long Counted, long HighestBatchSeq)
{
    public static async Task<UsageLogTotals> ReadAsync(string ledgerPath, string operatorId, string streamName)
    {
        await using var connection = new SqliteConnection($"Data Source={ledgerPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT COUNT(*), COALESCE(SUM(counted), 0), COALESCE(MAX(batch_seq), 0) FROM usage_log WHERE operator_id = @o AND stream_name = @s";
        command.Parameters.AddWithValue("@o", operatorId);
        command.Parameters.AddWithValue("@s", streamName);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new UsageLogTotals(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Events counted for the operator over every stream: what the ledger will rate.</summary>
    public static async Task<long> CountedForOperatorAsync(string ledgerPath, string operatorId)
    {
        await using var connection = new SqliteConnection($"Data Source={ledgerPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(counted), 0) FROM usage_log WHERE operator_id = @o";
        command.Parameters.AddWithValue("@o", operatorId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
