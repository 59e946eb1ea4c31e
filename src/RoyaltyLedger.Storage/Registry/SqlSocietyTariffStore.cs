using System.Data.Common;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Registry;

/// <summary>
/// Collecting societies' unlicensed tariffs in <c>society_unlicensed_tariffs</c>, each one set also appended to
/// <c>society_tariff_history</c> in the same transaction (read by <see cref="SqlRegistryHistory"/>).
/// </summary>
public sealed class SqlSocietyTariffStore(LedgerDatabase database) : ISocietyTariffStore
{
    private const string TariffColumns = "society_id, use_kind, unit_kind, price_micros, per_units, currency, set_at_ms";

    // A new key is stored only while the society has room; an existing key is always replaced.
    private const string UpsertTariff =
        $"INSERT INTO society_unlicensed_tariffs ({TariffColumns}) SELECT @s, @u, @k, @p, @n, @c, @t " +
        "WHERE EXISTS (SELECT 1 FROM society_unlicensed_tariffs WHERE society_id = @s AND use_kind = @u AND unit_kind = @k) " +
        "OR (SELECT COUNT(*) FROM society_unlicensed_tariffs WHERE society_id = @s) < @max " +
        "ON CONFLICT (society_id, use_kind, unit_kind) DO UPDATE SET price_micros = excluded.price_micros, " +
        "per_units = excluded.per_units, currency = excluded.currency, set_at_ms = excluded.set_at_ms";

    public Task<bool> SetUnlicensedTariffAsync(UnlicensedTariffEntry tariff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction, UpsertTariff,
                ("s", tariff.SocietyId), ("u", tariff.UseKind), ("k", tariff.UnitKind), ("p", tariff.PriceMicros), ("n", tariff.PerUnits),
                ("c", tariff.Currency), ("t", tariff.SetAtUnixMs), ("max", (long)ISocietyTariffStore.MaxTariffsPerSociety));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }

            await using var history = LedgerDatabase.Command(connection, transaction, SqlRegistryHistory.AppendTariffHistory,
                ("s", tariff.SocietyId), ("u", tariff.UseKind), ("k", tariff.UnitKind), ("p", tariff.PriceMicros), ("n", tariff.PerUnits),
                ("c", tariff.Currency), ("t", tariff.SetAtUnixMs));
            await history.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<UnlicensedTariffEntry>> ListUnlicensedTariffsAsync(string societyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadTariffsAsync(connection, societyId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CreatorSocietyTariffs>> UnlicensedTariffsForCreatorsAsync(
        IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var societyOf = new List<(string CreatorId, string SocietyId)>();
        await using (var command = LedgerDatabase.Command(connection, null,
            "SELECT society_id FROM society_members WHERE member_id = @m AND member_kind = 'creator'", ("m", "")))
        {
            foreach (var creatorId in creatorIds.Distinct(StringComparer.Ordinal))
            {
                command.Parameters["m"].Value = creatorId;
                if (await FirstSocietyAsync(command, cancellationToken).ConfigureAwait(false) is { } societyId)
                {
                    societyOf.Add((creatorId, societyId));
                }
            }
        }

        var tariffs = new Dictionary<string, IReadOnlyList<UnlicensedTariffEntry>>(StringComparer.Ordinal);
        foreach (var societyId in societyOf.Select(s => s.SocietyId).Distinct(StringComparer.Ordinal))
        {
            tariffs[societyId] = await ReadTariffsAsync(connection, societyId, cancellationToken).ConfigureAwait(false);
        }

        return [.. societyOf.Select(s => new CreatorSocietyTariffs(s.CreatorId, s.SocietyId, tariffs[s.SocietyId]))];
    }

    public async Task<IReadOnlyList<string>> WorksOfCreatorMembersAsync(string societyId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT DISTINCT p.work_id FROM society_members m JOIN work_parties p ON p.party_id = m.member_id AND p.relation = @r " +
            "WHERE m.society_id = @s AND m.member_kind = 'creator' ORDER BY p.work_id LIMIT @n",
            ("r", WorkRelations.Contributor), ("s", societyId), ("n", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var works = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            works.Add(reader.GetString(0));
        }

        return works;
    }

    /// <summary>The society whose id sorts first (ordinal), chosen here rather than by MIN() so no collation decides.</summary>
    private static async Task<string?> FirstSocietyAsync(DbCommand command, CancellationToken cancellationToken)
    {
        string? first = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var societyId = reader.GetString(0);
            if (first is null || string.CompareOrdinal(societyId, first) < 0)
            {
                first = societyId;
            }
        }

        return first;
    }

    private static async Task<List<UnlicensedTariffEntry>> ReadTariffsAsync(DbConnection connection, string societyId, CancellationToken cancellationToken)
    {
        await using var command = LedgerDatabase.Command(connection, null,
            $"SELECT {TariffColumns} FROM society_unlicensed_tariffs WHERE society_id = @s", ("s", societyId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tariffs = new List<UnlicensedTariffEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tariffs.Add(new UnlicensedTariffEntry(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3),
                reader.GetInt64(4), reader.GetString(5), reader.GetInt64(6)));
        }

        // Sorted here, not by ORDER BY, so that the order of unit kinds is ordinal on every database.
        tariffs.Sort((a, b) => a.UseKind != b.UseKind ? a.UseKind.CompareTo(b.UseKind) : string.CompareOrdinal(a.UnitKind, b.UnitKind));
        return tariffs;
    }
}
