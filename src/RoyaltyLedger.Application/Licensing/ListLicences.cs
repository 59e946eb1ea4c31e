using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>Licences granted by or to a party (or all), a page at a time in licence id order.</summary>
public sealed class ListLicences(LicenceIssuer issuer)
{
    /// <summary>At most <paramref name="limit"/> licences of the party (all when null) whose id sorts after <paramref name="afterId"/>.</summary>
    public Task<IReadOnlyList<LicenceRecord>> ExecuteAsync(string? partyId, string afterId, int limit, CancellationToken cancellationToken) =>
        issuer.ListPageAsync(partyId, afterId, limit, cancellationToken);
}
