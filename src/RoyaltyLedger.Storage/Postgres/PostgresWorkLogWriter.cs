using Npgsql;

namespace RoyaltyLedger.Storage.Postgres;

/// <summary>Inserts work-log rows in bulk on PostgreSQL: the two columns travel as arrays and the server unnests them.</summary>
internal static class PostgresWorkLogWriter
{
    // WITH ORDINALITY keeps the rows in the order given, so concurrent writers take their locks alike.
    private const string Insert =
        "INSERT INTO work_log (work_id, log_seq) SELECT w, l FROM unnest(@w, @l) WITH ORDINALITY AS r(w, l, i) ORDER BY i " +
        "ON CONFLICT (work_id, log_seq) DO NOTHING";

    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Insert, connection, transaction);
        command.Parameters.AddWithValue("w", rows.Select(r => r.WorkId).ToArray());
        command.Parameters.AddWithValue("l", rows.Select(r => r.LogSeq).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
