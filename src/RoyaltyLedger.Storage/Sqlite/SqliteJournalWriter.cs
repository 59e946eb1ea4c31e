using System.Globalization;
using System.Buffers;
using System.Data.Common;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>
/// Writes an append's rows on SQLite as a few statements, each taking its rows as one JSON array parameter unpacked
/// by json_each: binding thousands of parameters (or running one statement per line) costs far more per row.
/// Integers in the JSON stay exact 64-bit integers in SQLite; strings are written unescaped beyond what JSON needs.
/// </summary>
internal static class SqliteJournalWriter
{
    /// <summary>Lines per statement, which bounds the JSON text one statement carries (about 1 MB).</summary>
    public const int LinesPerStatement = 10_000;

    private const string InsertEntries =
        "INSERT INTO journal_entries (entry_no, partition_no, kind, recorded_at_ms, reference, prev_hash, hash) " +
        "SELECT value ->> 0, @q, value ->> 1, @r, value ->> 2, unhex(value ->> 3), unhex(value ->> 4) FROM json_each(@j)";

    private const string InsertLines =
        "INSERT INTO journal_lines (entry_no, line_no, account, work_id, currency, amount_nanos, period, operator_id, model_id, use_kind, status, unit_kind) " +
        "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, i128(value ->> 5), value ->> 6, " +
        "value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 11 FROM json_each(@j)";

    // WHERE true: without it SQLite would read ON CONFLICT as part of the SELECT's join.
    private const string AddBalances =
        "INSERT INTO account_balances (partition_no, account, currency, amount_nanos) " +
        "SELECT @q, value ->> 0, value ->> 1, i128(value ->> 2) FROM json_each(@j) WHERE true " +
        "ON CONFLICT (partition_no, account, currency) DO UPDATE SET amount_nanos = i128_add(amount_nanos, excluded.amount_nanos)";

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, JournalRows rows, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await ExecuteAsync(connection, transaction, "journal entries", InsertEntries, Json(buffer, rows.Entries, WriteEntry), rows.Entries.Count, cancellationToken,
            ("@r", rows.RecordedAtUnixMs), ("@q", rows.Partition)).ConfigureAwait(false);
        foreach (var chunk in LineChunks(rows))
        {
            await ExecuteAsync(connection, transaction, "journal lines", InsertLines, Json(buffer, chunk, WriteLine), chunk.Count, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, "account balances", AddBalances, Json(buffer, rows.BalanceChanges, WriteBalance), rows.BalanceChanges.Count,
            cancellationToken, ("@q", rows.Partition)).ConfigureAwait(false);
    }

    private static IEnumerable<List<(long EntryNo, int LineNo, PostingLine Line)>> LineChunks(JournalRows rows)
    {
        var chunk = new List<(long, int, PostingLine)>(LinesPerStatement);
        foreach (var entry in rows.Entries)
        {
            var lines = entry.Draft.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                chunk.Add((entry.EntryNo, i, lines[i]));
                if (chunk.Count == LinesPerStatement)
                {
                    yield return chunk;
                    chunk = new(LinesPerStatement);
                }
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static string Json<T>(ArrayBufferWriter<byte> buffer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Relaxed))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartArray();
                write(json, item);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteEntry(Utf8JsonWriter json, ChainedEntry entry)
    {
        json.WriteNumberValue(entry.EntryNo);
        json.WriteStringValue(entry.Draft.Kind);
        json.WriteStringValue(entry.Draft.Reference);
        json.WriteStringValue(Convert.ToHexString(entry.PrevHash));
        json.WriteStringValue(Convert.ToHexString(entry.Hash));
    }

    private static void WriteLine(Utf8JsonWriter json, (long EntryNo, int LineNo, PostingLine Line) row)
    {
        json.WriteNumberValue(row.EntryNo);
        json.WriteNumberValue(row.LineNo);
        json.WriteStringValue(row.Line.Account);
        json.WriteStringValue(row.Line.WorkId);
        json.WriteStringValue(row.Line.Currency);
        // Amounts travel as decimal text (JSON numbers past 64 bits would lose digits) and i128() stores them.
        json.WriteStringValue(row.Line.AmountNanos.ToString(CultureInfo.InvariantCulture));
        json.WriteStringValue(row.Line.Period ?? "");
        var use = row.Line.Use;
        json.WriteStringValue(use.OperatorId);
        json.WriteStringValue(use.ModelId);
        json.WriteNumberValue(use.UseKind);
        json.WriteStringValue(use.Status);
        json.WriteStringValue(use.UnitKind);
    }

    private static void WriteBalance(Utf8JsonWriter json, AccountBalance change)
    {
        json.WriteStringValue(change.Account);
        json.WriteStringValue(change.Currency);
        json.WriteStringValue(change.AmountNanos.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string what, string sql, string json, int rowCount, CancellationToken cancellationToken,
        params (string Name, object Value)[] more)
    {
        var written = await SqliteJsonStatement.ExecuteAsync(connection, transaction, sql, json, cancellationToken, more).ConfigureAwait(false);
        if (written != rowCount)
        {
            throw new UnreachableException($"{rowCount} {what} were sent to SQLite and {written} were written");
        }
    }
}
