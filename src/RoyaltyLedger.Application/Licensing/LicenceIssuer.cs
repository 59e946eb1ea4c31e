using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Grants licences: the database row is the licence (its primary key makes a grant idempotent by id), and the works
/// it covers are told to rebuild their licence-check snapshots. A retried grant tells them again, so a crash between
/// the two steps heals on retry. A licence that reaches into the past (retroactive, or starting before now) also
/// queues its works for re-rating, so that the uses it now covers are priced and the difference posted.
/// </summary>
public sealed class LicenceIssuer(ILicenceStore store, WorkRefresher refresher, IRerateStore rerates, TimeProvider clock)
{
    public async Task<Registration<LicenceRecord>> IssueAsync(LicenceRecord licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var row = LicenceCodec.ToStored(licence);
        var stored = await store.InsertLicenceAsync(row, cancellationToken);
        var held = ReferenceEquals(stored, row) ? licence : LicenceCodec.FromStored(stored);
        if (!held.SameTermsAs(licence))
        {
            return new(RegistrationOutcome.Conflict, held);
        }

        var works = await refresher.RefreshCoveredAsync(held, cancellationToken);
        var now = clock.GetUtcNow();
        if (held.Retroactive || held.StartsAt < now)
        {
            await rerates.EnqueueRerateIfUsedAsync(works, $"{RerateReasons.LicenceIssued}: {held.LicenceId}", now.ToUnixTimeMilliseconds(), cancellationToken);
        }

        return new(ReferenceEquals(stored, row) ? RegistrationOutcome.Created : RegistrationOutcome.Unchanged, held);
    }

    public async Task<LicenceRecord?> FindAsync(string licenceId, CancellationToken cancellationToken) =>
        await store.FindLicenceAsync(licenceId, cancellationToken) is { } stored ? LicenceCodec.FromStored(stored) : null;

    public async Task<IReadOnlyList<LicenceRecord>> ListAsync(string? partyId, CancellationToken cancellationToken) =>
        [.. (await store.ListLicencesAsync(partyId, cancellationToken)).Select(LicenceCodec.FromStored)];

    /// <summary>At most <paramref name="limit"/> licences of the party (all when null) whose id sorts after <paramref name="afterId"/>, by id.</summary>
    public async Task<IReadOnlyList<LicenceRecord>> ListPageAsync(string? partyId, string afterId, int limit, CancellationToken cancellationToken) =>
        [.. (await store.ListLicencesPageAsync(partyId, afterId, limit, cancellationToken)).Select(LicenceCodec.FromStored)];
}
