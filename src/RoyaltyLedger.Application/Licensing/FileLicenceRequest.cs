using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Files an operator's licence request whose fields passed validation: the operator, models, works and catalogue must
/// be registered; a catalogue request asks for the works registered with the rightsholder now and no later ones. The
/// same id with the same terms returns the request as filed.
/// </summary>
public sealed class FileLicenceRequest(IGrainFactory grains, ILicenceStore licences)
{
    public async Task<LicenceRequestView> ExecuteAsync(LicenceRequestTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        await RequireRegistryAsync(terms);
        if (terms.CatalogueRightsholderId is { } catalogue)
        {
            terms = terms with { WorkIds = [.. await CatalogueAsync(catalogue, cancellationToken)] };
        }

        var result = await grains.GetGrain<ILicenceRequestGrain>(terms.RequestId).File(terms);
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            throw new ConflictException($"licence request {terms.RequestId} was already filed with different terms");
        }

        return result.Current;
    }

    /// <summary>The works registered with the rightsholder now; the request asks for those and no later ones.</summary>
    private async Task<IReadOnlyList<string>> CatalogueAsync(string rightsholderId, CancellationToken cancellationToken)
    {
        var works = await licences.WorksOfPartyAsync(rightsholderId, WorkRelations.Rightsholder, cancellationToken);
        if (works.Count is 0 or > LicenceRequestTerms.MaxWorks)
        {
            throw new InvalidRequestException("catalogue_rightsholder_id", works.Count == 0
                ? $"the catalogue of rightsholder {rightsholderId} holds no works"
                : $"the catalogue of rightsholder {rightsholderId} holds {works.Count:N0} works, more than the {LicenceRequestTerms.MaxWorks:N0} one request may ask for; list the works in several requests instead");
        }

        return works;
    }

    private async Task RequireRegistryAsync(LicenceRequestTerms terms)
    {
        var op = await grains.GetGrain<IOperatorGrain>(terms.OperatorId).Describe();
        var catalogue = terms.CatalogueRightsholderId is { } rightsholderId
            ? await grains.GetGrain<IRightsholderGrain>(rightsholderId).Describe()
            : null;
        var works = await BoundedCalls.AllAsync(terms.WorkIds, id => grains.GetGrain<IWorkGrain>(id).Describe());
        var models = await BoundedCalls.AllAsync(terms.ModelIds, id => grains.GetGrain<IModelGrain>(id).Describe());
        InvalidRequestException.ThrowIfAny([
            op is null ? new FieldViolation("operator_id", $"operator_id '{terms.OperatorId}' is not a registered operator") : null,
            terms.CatalogueRightsholderId is not null && catalogue is null
                ? new FieldViolation("catalogue_rightsholder_id", $"catalogue_rightsholder_id '{terms.CatalogueRightsholderId}' is not a registered rightsholder")
                : null,
            .. works.Select((w, i) => w is null ? new FieldViolation($"work_ids[{i}]", $"work_ids[{i}] '{terms.WorkIds[i]}' is not a registered work") : null),
            .. models.Select((m, i) => m is null || m.OperatorId != terms.OperatorId
                ? new FieldViolation($"model_ids[{i}]", $"model_ids[{i}] '{terms.ModelIds[i]}' is not a model of operator {terms.OperatorId}")
                : null)]);
    }
}
