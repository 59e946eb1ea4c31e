using System.Data.Common;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Registry;

/// <summary>
/// The registry's facts with their history, for rating a use as the registry stood at its time: consent decisions,
/// society memberships and the society tariff history.
/// </summary>
public sealed class SqlRegistryHistory(LedgerDatabase database) : IRegistryHistory
{
    /// <summary>Appended in the transaction that stores a tariff, so the history holds exactly the tariffs stored.</summary>
    internal const string AppendTariffHistory =
        "INSERT INTO society_tariff_history (society_id, use_kind, unit_kind, price_micros, per_units, currency, set_at_ms) " +
        "VALUES (@s, @u, @k, @p, @n, @c, @t)";

    public async Task<IReadOnlyList<ConsentEntry>> ConsentHistoryForWorkAsync(IReadOnlyCollection<string> creatorIds, string workId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        var entries = new List<ConsentEntry>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT c.seq, c.creator_id, c.work_id, c.use_kind, c.operator_id, c.decision, c.recorded_at_ms, c.recorded_by, f.effective_from_ms " +
            "FROM consents c LEFT JOIN consent_effective f ON f.seq = c.seq WHERE c.creator_id = @c AND c.work_id IN ('', @w) ORDER BY c.seq",
            ("c", ""), ("w", workId));
        foreach (var creatorId in creatorIds.Distinct(StringComparer.Ordinal))
        {
            command.Parameters["c"].Value = creatorId;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(ReadConsent(reader) with { EffectiveFromUnixMs = reader.IsDBNull(8) ? null : reader.GetInt64(8) });
            }
        }

        entries.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return entries;
    }

    public async Task<IReadOnlyList<(string CreatorId, string SocietyId, long JoinedAtUnixMs)>> CreatorMembershipsAsync(
        IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        var memberships = new List<(string, string, long)>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT society_id, joined_at_ms FROM society_members WHERE member_id = @m AND member_kind = 'creator'", ("m", ""));
        foreach (var creatorId in creatorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            command.Parameters["m"].Value = creatorId;
            var ofCreator = new List<(string, string, long)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ofCreator.Add((creatorId, reader.GetString(0), reader.GetInt64(1)));
            }

            // Sorted here, not by ORDER BY, so that no database collation decides the order.
            ofCreator.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
            memberships.AddRange(ofCreator);
        }

        return memberships;
    }

    public async Task<IReadOnlyList<(UnlicensedTariffEntry Tariff, long Sequence)>> TariffHistoryAsync(
        IReadOnlyCollection<string> societyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(societyIds);
        var tariffs = new List<(UnlicensedTariffEntry, long)>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT society_id, use_kind, unit_kind, price_micros, per_units, currency, set_at_ms, seq FROM society_tariff_history " +
            "WHERE society_id = @s ORDER BY seq", ("s", ""));
        foreach (var societyId in societyIds.Distinct(StringComparer.Ordinal))
        {
            command.Parameters["s"].Value = societyId;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tariffs.Add((ReadHistoryTariff(reader), reader.GetInt64(7)));
            }
        }

        tariffs.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return tariffs;
    }

    private static UnlicensedTariffEntry ReadHistoryTariff(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5), reader.GetInt64(6));

    private static ConsentEntry ReadConsent(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
            reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.GetString(7));
}
