using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>Inserts work-log rows in bulk on SQLite: one JSON array of [work id, log row] pairs, unpacked with json_each.</summary>
internal static class SqliteWorkLogWriter
{
    // "WHERE true" lets SQLite parse the upsert after a SELECT (its documented parsing ambiguity).
    private const string Insert =
        "INSERT INTO work_log (work_id, log_seq) SELECT value ->> 0, value ->> 1 FROM json_each(@j) WHERE true " +
        "ON CONFLICT (work_id, log_seq) DO NOTHING";

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(rows.Count * 32);
        using (var json = new Utf8JsonWriter(buffer, Relaxed))
        {
            json.WriteStartArray();
            foreach (var (workId, logSeq) in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(workId);
                json.WriteNumberValue(logSeq);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        await SqliteJsonStatement.ExecuteAsync(connection, transaction, Insert, Encoding.UTF8.GetString(buffer.WrittenSpan), cancellationToken).ConfigureAwait(false);
    }
}
