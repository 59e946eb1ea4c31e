using System.Globalization;
using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>Upserts usage totals in bulk on SQLite: each statement unpacks one JSON array of rows with json_each.</summary>
internal static class SqliteTotalsWriter
{
    // "WHERE true" lets SQLite parse the upsert after a SELECT (its documented parsing ambiguity).
    private const string Upsert =
        ProjectionSql.TotalsInsertColumns +
        "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, " +
        "value ->> 9, i128(value ->> 10), i128(value ->> 11), value ->> 12, value ->> 13 FROM json_each(@j) WHERE true " + ProjectionSql.TotalsConflict;

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task UpsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, int perStatement, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        foreach (var chunk in totals.Chunk(perStatement))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Relaxed))
            {
                json.WriteStartArray();
                foreach (var d in chunk)
                {
                    var k = d.Key;
                    json.WriteStartArray();
                    json.WriteStringValue(k.PartyId);
                    json.WriteStringValue(k.WorkId);
                    json.WriteStringValue(k.OperatorId);
                    json.WriteStringValue(k.ModelId);
                    json.WriteNumberValue(k.UseKind);
                    json.WriteStringValue(k.Status);
                    json.WriteStringValue(k.UnitKind);
                    json.WriteStringValue(k.Currency);
                    json.WriteStringValue(k.Period);
                    json.WriteNumberValue(d.EventCount);
                    // Int128 sums travel as decimal text, which i128() stores exactly.
                    json.WriteStringValue(d.Units.ToString(CultureInfo.InvariantCulture));
                    json.WriteStringValue(d.AmountNanos.ToString(CultureInfo.InvariantCulture));
                    json.WriteNumberValue(d.FirstAtUnixMs);
                    json.WriteNumberValue(d.LastAtUnixMs);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            await SqliteJsonStatement.ExecuteAsync(connection, transaction, Upsert, Encoding.UTF8.GetString(buffer.WrittenSpan), cancellationToken).ConfigureAwait(false);
        }
    }
}
