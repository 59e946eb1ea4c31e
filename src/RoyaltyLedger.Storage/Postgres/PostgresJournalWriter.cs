using System.Numerics;
using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage.Postgres;

/// <summary>
/// Writes an append's rows on PostgreSQL as a few statements, each taking one typed array per column and unnesting
/// them on the server, so that thousands of lines cost one round trip per <see cref="LinesPerStatement"/>.
/// </summary>
internal static class PostgresJournalWriter
{
    /// <summary>Lines per statement, which bounds the arrays one statement carries (about 1 MB).</summary>
    public const int LinesPerStatement = 10_000;

    private const string InsertEntries =
        "INSERT INTO journal_entries (entry_no, partition_no, kind, recorded_at_ms, reference, prev_hash, hash) " +
        "SELECT n, @q, k, @r, f, p, h FROM unnest(@n, @k, @f, @p, @h) AS x (n, k, f, p, h)";

    private const string InsertLines =
        "INSERT INTO journal_lines (entry_no, line_no, account, work_id, currency, amount_nanos, period, operator_id, model_id, use_kind, status, unit_kind) " +
        "SELECT * FROM unnest(@e, @l, @a, @w, @c, @x, @m, @o, @d, @u, @s, @k)";

    private const string AddBalances =
        "INSERT INTO account_balances (partition_no, account, currency, amount_nanos) SELECT @q, a, c, x FROM unnest(@a, @c, @x) AS u (a, c, x) " +
        "ON CONFLICT (partition_no, account, currency) DO UPDATE SET amount_nanos = i128_add(account_balances.amount_nanos, excluded.amount_nanos)";

    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, JournalRows rows, CancellationToken cancellationToken)
    {
        var entries = rows.Entries;
        await using (var command = new NpgsqlCommand(InsertEntries, connection, transaction))
        {
            command.Parameters.AddWithValue("r", rows.RecordedAtUnixMs);
            command.Parameters.AddWithValue("q", rows.Partition);
            Add(command, "n", NpgsqlDbType.Bigint, entries.Select(e => e.EntryNo));
            Add(command, "k", NpgsqlDbType.Text, entries.Select(e => e.Draft.Kind));
            Add(command, "f", NpgsqlDbType.Text, entries.Select(e => e.Draft.Reference));
            Add(command, "p", NpgsqlDbType.Bytea, entries.Select(e => e.PrevHash));
            Add(command, "h", NpgsqlDbType.Bytea, entries.Select(e => e.Hash));
            await ExecuteAsync(command, "journal entries", entries.Count, cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in entries.SelectMany(e => e.Draft.Lines.Select((line, i) => (e.EntryNo, LineNo: i, Line: line))).Chunk(LinesPerStatement))
        {
            await using var command = new NpgsqlCommand(InsertLines, connection, transaction);
            Add(command, "e", NpgsqlDbType.Bigint, chunk.Select(r => r.EntryNo));
            Add(command, "l", NpgsqlDbType.Integer, chunk.Select(r => r.LineNo));
            Add(command, "a", NpgsqlDbType.Text, chunk.Select(r => r.Line.Account));
            Add(command, "w", NpgsqlDbType.Text, chunk.Select(r => r.Line.WorkId));
            Add(command, "c", NpgsqlDbType.Text, chunk.Select(r => r.Line.Currency));
            Add(command, "x", NpgsqlDbType.Numeric, chunk.Select(r => (BigInteger)r.Line.AmountNanos));
            Add(command, "m", NpgsqlDbType.Text, chunk.Select(r => r.Line.Period ?? ""));
            Add(command, "o", NpgsqlDbType.Text, chunk.Select(r => r.Line.Use.OperatorId));
            Add(command, "d", NpgsqlDbType.Text, chunk.Select(r => r.Line.Use.ModelId));
            Add(command, "u", NpgsqlDbType.Integer, chunk.Select(r => r.Line.Use.UseKind));
            Add(command, "s", NpgsqlDbType.Text, chunk.Select(r => r.Line.Use.Status));
            Add(command, "k", NpgsqlDbType.Text, chunk.Select(r => r.Line.Use.UnitKind));
            await ExecuteAsync(command, "journal lines", chunk.Length, cancellationToken).ConfigureAwait(false);
        }

        await using (var command = new NpgsqlCommand(AddBalances, connection, transaction))
        {
            command.Parameters.AddWithValue("q", rows.Partition);
            Add(command, "a", NpgsqlDbType.Text, rows.BalanceChanges.Select(b => b.Account));
            Add(command, "c", NpgsqlDbType.Text, rows.BalanceChanges.Select(b => b.Currency));
            Add(command, "x", NpgsqlDbType.Numeric, rows.BalanceChanges.Select(b => (BigInteger)b.AmountNanos));
            await ExecuteAsync(command, "account balances", rows.BalanceChanges.Count, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. values] });

    private static async Task ExecuteAsync(NpgsqlCommand command, string what, int rowCount, CancellationToken cancellationToken)
    {
        var written = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (written != rowCount)
        {
            throw new UnreachableException($"{rowCount} {what} were sent to PostgreSQL and {written} were written");
        }
    }
}
