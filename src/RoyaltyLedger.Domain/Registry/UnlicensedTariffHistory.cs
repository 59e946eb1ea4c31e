namespace RoyaltyLedger.Domain.Registry;

/// <summary>
/// Societies' memberships and unlicensed tariffs, effective-dated, so that an unlicensed use is priced by the society
/// and tariff in force at the use's time (<see cref="EffectiveDating"/>):
/// <list type="bullet">
/// <item>A creator's first membership (earliest joined; of several joined at one instant, the lowest society id,
/// ordinal) reaches back to the beginning; every later one applies from when it was recorded. Of the societies a
/// creator belongs to at a time, the one whose id sorts first (ordinal) prices their share.</item>
/// <item>A society's first tariff for a use and unit kind reaches back to the beginning; a replacement applies from
/// when it was set, and of two set at one instant the later recorded (higher sequence) wins.</item>
/// </list>
/// Reaching back only ever adds a price where there was none; a change never reprices earlier uses.
/// </summary>
public sealed class UnlicensedTariffHistory
{
    public static readonly UnlicensedTariffHistory Empty = new([], []);

    private readonly Dictionary<string, List<EffectiveDated<string>>> _societies;
    private readonly Dictionary<(string, UseKind, string), List<EffectiveDated<Tariff>>> _tariffs;

    private UnlicensedTariffHistory(
        Dictionary<string, List<EffectiveDated<string>>> societies, Dictionary<(string, UseKind, string), List<EffectiveDated<Tariff>>> tariffs) =>
        (_societies, _tariffs) = (societies, tariffs);

    public static UnlicensedTariffHistory Create(IEnumerable<SocietyMembership> memberships, IEnumerable<RecordedSocietyTariff> tariffs)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(tariffs);
        var societies = memberships
            .GroupBy(m => m.CreatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Memberships(g), StringComparer.Ordinal);
        var byKey = tariffs
            .GroupBy(t => (t.SocietyId, t.Use, t.Tariff.UnitKind))
            .ToDictionary(g => g.Key, g => EffectiveDating.FromRecorded(g.Select(t => (t.Tariff, t.SetAt, t.Sequence)), _ => true));
        return new UnlicensedTariffHistory(societies, byKey);
    }

    /// <summary>The society that prices the creator's share at <paramref name="at"/>; null when they belong to none then.</summary>
    public string? SocietyAt(string creatorId, DateTimeOffset at)
    {
        if (!_societies.TryGetValue(creatorId, out var memberships))
        {
            return null;
        }

        string? first = null;
        foreach (var membership in memberships)
        {
            if (membership.EffectiveFrom.UtcTicks <= at.UtcTicks && (first is null || string.CompareOrdinal(membership.Value, first) < 0))
            {
                first = membership.Value;
            }
        }

        return first;
    }

    /// <summary>The society's tariff for the use and unit kind in force at <paramref name="at"/>; null when it had none then.</summary>
    public Tariff? TariffAt(string societyId, UseKind use, string unitKind, DateTimeOffset at) =>
        _tariffs.TryGetValue((societyId, use, unitKind), out var versions) ? EffectiveDating.InForceAt(versions, at)?.Value : null;

    private static List<EffectiveDated<string>> Memberships(IEnumerable<SocietyMembership> memberships)
    {
        var ordered = memberships.OrderBy(m => m.JoinedAt.UtcTicks).ThenBy(m => m.SocietyId, StringComparer.Ordinal).ToList();
        return [.. ordered.Select((m, i) => new EffectiveDated<string>(m.SocietyId, i == 0 ? EffectiveDating.Beginning : m.JoinedAt, i))];
    }
}
