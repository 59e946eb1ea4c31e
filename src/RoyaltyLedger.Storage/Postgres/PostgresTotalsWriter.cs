using System.Numerics;
using Npgsql;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage.Postgres;

/// <summary>Upserts usage totals in bulk on PostgreSQL: each column travels as one array and the server unnests them.</summary>
internal static class PostgresTotalsWriter
{
    // WITH ORDINALITY keeps the rows in the order given (key order), so concurrent writers lock rows alike.
    private const string Upsert =
        ProjectionSql.TotalsInsertColumns +
        "SELECT p, w, o, m, u, s, k, c, t, n, q, x, f, l FROM unnest(@p, @w, @o, @m, @u, @s, @k, @c, @t, @n, @q, @x, @f, @l) " +
        "WITH ORDINALITY AS r(p, w, o, m, u, s, k, c, t, n, q, x, f, l, i) ORDER BY i " + ProjectionSql.TotalsConflict;

    public static async Task UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<TotalsDelta> totals, int perStatement, CancellationToken cancellationToken)
    {
        foreach (var chunk in totals.Chunk(perStatement))
        {
            await using var command = new NpgsqlCommand(Upsert, connection, transaction);
            command.Parameters.AddWithValue("p", chunk.Select(d => d.Key.PartyId).ToArray());
            command.Parameters.AddWithValue("w", chunk.Select(d => d.Key.WorkId).ToArray());
            command.Parameters.AddWithValue("o", chunk.Select(d => d.Key.OperatorId).ToArray());
            command.Parameters.AddWithValue("m", chunk.Select(d => d.Key.ModelId).ToArray());
            command.Parameters.AddWithValue("u", chunk.Select(d => d.Key.UseKind).ToArray());
            command.Parameters.AddWithValue("s", chunk.Select(d => d.Key.Status).ToArray());
            command.Parameters.AddWithValue("k", chunk.Select(d => d.Key.UnitKind).ToArray());
            command.Parameters.AddWithValue("c", chunk.Select(d => d.Key.Currency).ToArray());
            command.Parameters.AddWithValue("t", chunk.Select(d => d.Key.Period).ToArray());
            command.Parameters.AddWithValue("n", chunk.Select(d => d.EventCount).ToArray());
            command.Parameters.AddWithValue("q", chunk.Select(d => (BigInteger)d.Units).ToArray());
            command.Parameters.AddWithValue("x", chunk.Select(d => (BigInteger)d.AmountNanos).ToArray());
            command.Parameters.AddWithValue("f", chunk.Select(d => d.FirstAtUnixMs).ToArray());
            command.Parameters.AddWithValue("l", chunk.Select(d => d.LastAtUnixMs).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
