using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>The facts a <see cref="CompiledWork"/> is built from, copied from the caller and checked to belong to the work.</summary>
internal sealed record CompiledWorkInputs(
    string WorkId,
    long Version,
    string[] RightsholderIds,
    SplitHistory Splits,
    ConsentRecord[] Consents,
    Licence[] Licences)
{
    public List<FieldViolation> Validate()
    {
        var violations = new List<FieldViolation>();
        if (EntityIds.Check("work_id", WorkId) is { } work)
        {
            return [work];
        }

        if (!string.Equals(Splits.WorkId, WorkId, StringComparison.Ordinal))
        {
            violations.Add(new FieldViolation("splits", $"the split history of work {Splits.WorkId} was given for work {WorkId}"));
        }

        CheckRightsholders(violations);
        CheckConsents(violations);
        CheckLicences(violations);
        return violations;
    }

    private void CheckRightsholders(List<FieldViolation> violations)
    {
        if (RightsholderIds.Length > CompiledWork.MaxRightsholders)
        {
            violations.Add(new FieldViolation("rightsholder_ids",
                $"work {WorkId} is in {RightsholderIds.Length:N0} catalogues, at most {CompiledWork.MaxRightsholders:N0} are allowed"));
            return;
        }

        for (var i = 0; i < RightsholderIds.Length; i++)
        {
            if (EntityIds.Check($"rightsholder_ids[{i}]", RightsholderIds[i]) is { } violation)
            {
                violations.Add(violation);
            }
        }
    }

    private void CheckConsents(List<FieldViolation> violations)
    {
        if (Consents.Length > CompiledWork.MaxConsents)
        {
            violations.Add(new FieldViolation("consents",
                $"work {WorkId} has {Consents.Length:N0} consent records, at most {CompiledWork.MaxConsents:N0} are allowed"));
            return;
        }

        for (var i = 0; i < Consents.Length; i++)
        {
            var consent = Consents[i];
            violations.AddRange(consent.Validate($"consents[{i}]"));
            if (consent.WorkId is not null && !string.Equals(consent.WorkId, WorkId, StringComparison.Ordinal))
            {
                violations.Add(new FieldViolation($"consents[{i}].work_id",
                    $"consent of creator {consent.CreatorId} concerns work {consent.WorkId}, not work {WorkId}"));
            }
        }
    }

    private void CheckLicences(List<FieldViolation> violations)
    {
        if (Licences.Length > CompiledWork.MaxLicences)
        {
            violations.Add(new FieldViolation("licences",
                $"work {WorkId} has {Licences.Length:N0} licences, at most {CompiledWork.MaxLicences:N0} are allowed"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Licences.Length; i++)
        {
            var licence = Licences[i];
            var field = $"licences[{i}]";
            var own = LicenceRules.Validate(licence);
            violations.AddRange(own.Select(v => new FieldViolation($"{field}.{v.Field}", v.Description)));
            if (own.Count > 0)
            {
                continue;
            }

            if (!seen.Add(licence.LicenceId))
            {
                violations.Add(new FieldViolation($"{field}.licence_id", $"licence {licence.LicenceId} is given more than once for work {WorkId}"));
            }

            if (!AppliesToWork(licence))
            {
                violations.Add(new FieldViolation(field, licence.IsCatalogue
                    ? $"licence {licence.LicenceId} covers the catalogue of {licence.Licensor}, which does not include work {WorkId}"
                    : $"licence {licence.LicenceId} does not list work {WorkId}"));
            }
        }
    }

    private bool AppliesToWork(Licence licence) => licence.WorkIds is { } works
        ? works.Contains(WorkId, StringComparer.Ordinal)
        : RightsholderIds.Contains(licence.Licensor.Id, StringComparer.Ordinal);
}
