using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using WorkSnapshot = RoyaltyLedger.Grains.Abstractions.Registry.WorkSnapshot;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Grants a licence whose terms passed <see cref="LicenceRules"/>: its parties and works must exist and belong
/// together, a creator may license only works they contribute to, and a retry returns the licence first granted.
/// </summary>
public sealed class GrantLicence(LicenceIssuer issuer, IGrainFactory grains)
{
    /// <summary>
    /// The licence as held after the grant. <paramref name="startGiven"/> is false when the caller left the start unset
    /// (then <paramref name="licence"/> starts at its grant time).
    /// </summary>
    public async Task<LicenceRecord> ExecuteAsync(Caller caller, LicenceRecord licence, bool startGiven, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(licence);
        licence = licence with { Source = $"granted by {caller}" };
        if (caller.Role == Roles.Creator)
        {
            foreach (var workId in licence.WorkIds)
            {
                await RequireContributorAsync(caller, workId);
            }
        }

        await RequireScopeAsync(licence);

        // An unset start means "from the grant", which the first grant fixed; a retry that leaves it unset asks for that licence again.
        if (!startGiven && await issuer.FindAsync(licence.LicenceId, cancellationToken) is { } held
            && held.SameTermsAs(licence with { StartsAt = held.StartsAt }))
        {
            licence = licence with { StartsAt = held.StartsAt };
        }

        var result = await issuer.IssueAsync(licence, cancellationToken);
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            throw new ConflictException($"licence {licence.LicenceId} is already registered with different details; ids cannot be reused");
        }

        return result.Current;
    }

    private async Task RequireContributorAsync(Caller caller, string workId)
    {
        var work = await grains.GetGrain<IWorkGrain>(workId).Describe();
        if (work is not null && work.CurrentSplit.Contributors.All(c => c.CreatorId != caller.PartyId))
        {
            throw new AccessDeniedException($"{caller} may license only their own works, and is not a contributor of {workId}");
        }
    }

    /// <summary>The licence's parties and works exist and belong together: models to the operator, listed works to the licensor.</summary>
    private async Task RequireScopeAsync(LicenceRecord licence)
    {
        var violations = new List<FieldViolation?>();
        if (await grains.GetGrain<IOperatorGrain>(licence.OperatorId).Describe() is null)
        {
            violations.Add(new FieldViolation("licence.operator_id", $"licence.operator_id '{licence.OperatorId}' is not a registered operator"));
        }

        var licensorExists = licence.LicensorKind == LicensorKind.Creator
            ? await grains.GetGrain<ICreatorGrain>(licence.LicensorId).Describe() is not null
            : await grains.GetGrain<IRightsholderGrain>(licence.LicensorId).Describe() is not null;
        if (!licensorExists)
        {
            violations.Add(new FieldViolation("licence.licensor", $"licence licensor {LicensorText.Of(licence)} is not registered"));
        }

        var models = await Task.WhenAll(licence.ModelIds.Select(id => grains.GetGrain<IModelGrain>(id).Describe()));
        for (var i = 0; i < models.Length; i++)
        {
            violations.Add(models[i] is null
                ? new FieldViolation($"licence.model_ids[{i}]", $"licence.model_ids[{i}] '{licence.ModelIds[i]}' is not a registered model")
                : models[i]!.OperatorId != licence.OperatorId
                    ? new FieldViolation($"licence.model_ids[{i}]", $"licence.model_ids[{i}] '{licence.ModelIds[i]}' belongs to operator {models[i]!.OperatorId}, not {licence.OperatorId}")
                    : null);
        }

        var works = await Task.WhenAll(licence.WorkIds.Select(id => grains.GetGrain<IWorkGrain>(id).Describe()));
        for (var i = 0; i < works.Length; i++)
        {
            violations.Add(WorkViolation($"licence.work_ids[{i}]", licence, works[i], licence.WorkIds[i]));
        }

        InvalidRequestException.ThrowIfAny(violations);
    }

    private static FieldViolation? WorkViolation(string field, LicenceRecord licence, WorkSnapshot? work, string workId)
    {
        if (work is null)
        {
            return new FieldViolation(field, $"{field} '{workId}' is not a registered work");
        }

        if (licence.LicensorKind == LicensorKind.Creator && !work.Splits.Any(s => s.Contributors.Any(c => c.CreatorId == licence.LicensorId)))
        {
            return new FieldViolation(field, $"{field} '{workId}' is not a work of creator {licence.LicensorId}, who may license only their own works");
        }

        if (licence.LicensorKind == LicensorKind.Rightsholder && !work.Definition.RightsholderIds.Contains(licence.LicensorId))
        {
            return new FieldViolation(field, $"{field} '{workId}' is not in the catalogue of rightsholder {licence.LicensorId}");
        }

        return null;
    }
}
