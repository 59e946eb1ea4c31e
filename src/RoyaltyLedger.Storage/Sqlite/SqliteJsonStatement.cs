using System.Data.Common;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>
/// Runs one bulk statement whose rows travel as a single JSON array in <c>@j</c>, unpacked by json_each: how the SQLite
/// store writes many rows at once (binding thousands of parameters, or running one statement per row, costs far more).
/// </summary>
internal static class SqliteJsonStatement
{
    /// <summary>Runs <paramref name="sql"/> with the array and any further parameters; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, string json, CancellationToken cancellationToken, params (string Name, object Value)[] more)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in more.Prepend(("@j", json)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
