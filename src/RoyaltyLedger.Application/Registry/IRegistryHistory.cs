using RoyaltyLedger.Application.Licensing;
namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// The registry's facts with their history, for rating a use as the registry stood at the use's time: every consent
/// decision (not only the latest), every society membership with when it was recorded, and every unlicensed tariff a
/// society set, in the order set (README "Rating as of the use's time").
/// </summary>
public interface IRegistryHistory
{
    /// <summary>Every decision of the creators that concerns the work or all their works, oldest (lowest sequence) first.</summary>
    Task<IReadOnlyList<ConsentEntry>> ConsentHistoryForWorkAsync(IReadOnlyCollection<string> creatorIds, string workId, CancellationToken cancellationToken);

    /// <summary>The creators' society memberships with the time each was recorded, by creator then society (ordinal).</summary>
    Task<IReadOnlyList<(string CreatorId, string SocietyId, long JoinedAtUnixMs)>> CreatorMembershipsAsync(
        IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken);

    /// <summary>Every tariff the societies set, with its sequence, oldest first.</summary>
    Task<IReadOnlyList<(UnlicensedTariffEntry Tariff, long Sequence)>> TariffHistoryAsync(IReadOnlyCollection<string> societyIds, CancellationToken cancellationToken);
}
