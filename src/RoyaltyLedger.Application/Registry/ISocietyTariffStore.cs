namespace RoyaltyLedger.Application.Registry;

/// <summary>Collecting societies' unlicensed tariffs, at most <see cref="MaxTariffsPerSociety"/> per society.</summary>
public interface ISocietyTariffStore
{
    /// <summary>
    /// Bounds what a work's snapshot loads per contributor (five uses by twenty unit kinds). Concurrent sets of new
    /// keys on PostgreSQL may each see room and pass it by their number; SQLite has one writer.
    /// </summary>
    public const int MaxTariffsPerSociety = 100;

    /// <summary>
    /// Stores the tariff, replacing the society's tariff for the same use and unit kind. False, with nothing stored,
    /// when it would be a new one beyond <see cref="MaxTariffsPerSociety"/>.
    /// </summary>
    Task<bool> SetUnlicensedTariffAsync(UnlicensedTariffEntry tariff, CancellationToken cancellationToken);

    /// <summary>The society's tariffs by use, then unit kind (ordinal).</summary>
    Task<IReadOnlyList<UnlicensedTariffEntry>> ListUnlicensedTariffsAsync(string societyId, CancellationToken cancellationToken);

    /// <summary>Works that creator members of the society contributed to, at most <paramref name="limit"/>, by work id.</summary>
    Task<IReadOnlyList<string>> WorksOfCreatorMembersAsync(string societyId, int limit, CancellationToken cancellationToken);
}
