using System.Data.Common;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Payouts;

/// <summary>Stores and reads a cycle's breakdown by month of use (payout_line_parts, docs/payouts.md).</summary>
internal static class PayoutParts
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string cycleId, IReadOnlyList<PayoutPart> parts, CancellationToken cancellationToken)
    {
        await using var insert = LedgerDatabase.Command(connection, transaction, PayoutSql.InsertPart,
            ("id", cycleId), ("p", ""), ("m", ""), ("k", ""), ("x", Int128.Zero));
        foreach (var part in parts)
        {
            var p = insert.Parameters;
            (p["p"].Value, p["m"].Value, p["k"].Value, p["x"].Value) = (part.PartyId, part.Period, part.Kind, Int128Parameters.ToProvider(connection, part.AmountNanos));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<IReadOnlyList<PayoutPart>> ReadAsync(DbConnection connection, DbTransaction? transaction, string cycleId, CancellationToken cancellationToken)
    {
        var parts = new List<PayoutPart>();
        await using var command = LedgerDatabase.Command(connection, transaction, PayoutSql.SelectParts, ("id", cycleId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            parts.Add(new PayoutPart(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt128(3)));
        }

        return [.. parts.OrderBy(p => p.PartyId, StringComparer.Ordinal).ThenBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal)];
    }
}
