using System.Collections.Immutable;
using SplitHistory = RoyaltyLedger.Domain.Licensing.SplitHistory;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// Works: registering one (its creators and rightsholders must be registered), amending its splits, linking
/// identifiers. The work grain writes each change through the registry store in one transaction.
/// </summary>
public sealed class WorkRegistry(IGrainFactory grains, SplitAmender amender)
{
    /// <summary>The work, its split versions and licences; null when it is not registered.</summary>
    public Task<WorkSnapshot?> DescribeAsync(string workId) => grains.GetGrain<IWorkGrain>(workId).Describe();

    /// <summary>Registers the work; rejected, naming the field, when a contributor or a rightsholder is not registered.</summary>
    public async Task<RegistryResult<Registration<WorkSnapshot>>> RegisterAsync(WorkDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var violations = await UnregisteredCreatorsAsync(definition.Contributors);
        if (violations.Count == 0)
        {
            violations = await UnregisteredRightsholdersAsync(definition.RightsholderIds);
        }

        return violations.Count > 0
            ? RegistryResult.Rejected<Registration<WorkSnapshot>>(violations)
            : RegistryResult.Of<Registration<WorkSnapshot>>(await grains.GetGrain<IWorkGrain>(definition.WorkId).Register(definition));
    }

    /// <summary>
    /// Appends the amendment to <paramref name="work"/>'s splits and queues the re-rating it calls for. A retry of an
    /// amendment with an explicit instant that the history already holds (same instant, same contributors) changes
    /// nothing, so that an import can be run again after its rejected rows are fixed; it queues the re-rating again, in
    /// case the first call stopped between writing the split and queueing. Rejected when the history refuses the
    /// amendment or a contributor is not registered; null without violations when the work is not registered.
    /// </summary>
    public async Task<RegistryResult<WorkSnapshot>> AmendSplitsAsync(
        WorkSnapshot work, SplitVersionRecord amendment, bool explicitInstant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(amendment);
        var workId = work.Definition.WorkId;
        if (explicitInstant && SplitAmender.Held(work, amendment) is { } held)
        {
            await amender.QueueIfPastAsync(workId, held, cancellationToken);
            return RegistryResult.Of<WorkSnapshot>(work);
        }

        var history = SplitHistory.Create(workId, [.. work.Splits.Select(s => s.ToDomain())]);
        var violations = history.ValidateAppend(amendment.ToDomain(), now, amendment.Correction);
        if (violations.Count == 0)
        {
            violations = await UnregisteredCreatorsAsync(amendment.Contributors);
        }

        if (violations.Count > 0)
        {
            return RegistryResult.Rejected<WorkSnapshot>(violations);
        }

        var result = await amender.AmendAsync(workId, amendment, cancellationToken);
        return RegistryResult.Of<WorkSnapshot>(result?.Current);
    }

    /// <summary>Adds public identifiers to the work and indexes them; null when the work is not registered.</summary>
    public Task<WorkSnapshot?> LinkIdentifiersAsync(string workId, ImmutableArray<IdentifierRecord> identifiers) =>
        grains.GetGrain<IWorkGrain>(workId).LinkIdentifiers(identifiers);

    private async Task<IReadOnlyList<FieldViolation>> UnregisteredCreatorsAsync(IEnumerable<ContributorShare> contributors)
    {
        var list = contributors.ToList();
        var profiles = await Task.WhenAll(list.Select(c => grains.GetGrain<ICreatorGrain>(c.CreatorId).Describe()));
        return [.. list.Select((c, i) => (c, i)).Where(p => profiles[p.i] is null)
            .Select(p => new FieldViolation($"contributors[{p.i}].creator_id", $"contributors[{p.i}].creator_id '{p.c.CreatorId}' is not a registered creator"))];
    }

    private async Task<IReadOnlyList<FieldViolation>> UnregisteredRightsholdersAsync(IReadOnlyList<string> rightsholderIds)
    {
        var profiles = await Task.WhenAll(rightsholderIds.Select(id => grains.GetGrain<IRightsholderGrain>(id).Describe()));
        return [.. rightsholderIds.Select((id, i) => (id, i)).Where(p => profiles[p.i] is null)
            .Select(p => new FieldViolation($"rightsholder_ids[{p.i}]", $"rightsholder_ids[{p.i}] '{p.id}' is not a registered rightsholder"))];
    }
}
