using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// A work, keyed by work id: its contributors and split history, and a cached licence-check snapshot built from
/// the database (consents, licences) that is rebuilt whenever <see cref="Refresh"/> says something changed.
/// </summary>
[Alias("rl.IWorkGrain")]
public interface IWorkGrain : IGrainWithStringKey
{
    /// <summary>Registers the work. The caller has validated the splits and checked that each creator and rightsholder exists.</summary>
    [Alias("Register")]
    Task<Registration<WorkSnapshot>> Register(WorkDefinition definition);

    /// <summary>The work, its split versions and its licences, or null when it is not registered.</summary>
    [Alias("Describe")]
    Task<WorkSnapshot?> Describe();

    /// <summary>
    /// Appends a split version effective from now on; the split that applied to a past use never changes.
    /// Returns null when the work is not registered; an invalid amendment throws <see cref="ArgumentException"/>
    /// naming the field. Repeating the last amendment is a no-op.
    /// </summary>
    [Alias("AmendSplits")]
    Task<Registration<WorkSnapshot>?> AmendSplits(SplitVersionRecord amendment);

    /// <summary>
    /// Adds public identifiers to the work (a creator or rightsholder claiming usage that named them) and indexes them,
    /// so that suspense matches usage naming them. Identifiers already held are kept; returns null when the work is
    /// not registered.
    /// </summary>
    [Alias("LinkIdentifiers")]
    Task<WorkSnapshot?> LinkIdentifiers(ImmutableArray<IdentifierRecord> identifiers);

    /// <summary>Drops the cached licence-check snapshot: a consent, licence or catalogue affecting the work changed.</summary>
    [Alias("Refresh")]
    Task Refresh();

    /// <summary>
    /// Whether the licence covers the work at <paramref name="at"/> for every use it lists, with each gap; null when
    /// the work is not registered or the licence does not apply to it.
    /// </summary>
    [Alias("Coverage")]
    Task<WorkCoverageView?> Coverage(string licenceId, DateTimeOffset at);

    /// <summary>Rates each use by the operator against the snapshot; null when the work is not registered.</summary>

    [Alias("Rate")]
    Task<ImmutableArray<UseRating>?> Rate(string operatorId, ImmutableArray<UseQuery> uses);
}
