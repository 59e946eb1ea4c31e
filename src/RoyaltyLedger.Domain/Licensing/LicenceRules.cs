using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A licence must name its parties, list a bounded and explicit scope, have a term that ends after it starts, and be priced one way.</summary>
public static class LicenceRules
{
    public const int MaxModels = 1_000;
    public const int MaxWorks = 10_000;
    public const int MaxTerritories = 300;

    public static IReadOnlyList<FieldViolation> Validate(Licence licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var violations = new List<FieldViolation>();
        var id = licence.LicenceId;
        Add(violations, EntityIds.Check("licence_id", id));
        Add(violations, EntityIds.Check("operator_id", licence.OperatorId));
        CheckLicensor(violations, licence);
        CheckIds(violations, id, "model_ids", licence.ModelIds, MaxModels, "models");
        CheckIds(violations, id, "work_ids", licence.WorkIds, MaxWorks, "works");
        CheckUses(violations, id, licence.Uses);
        CheckTerritories(violations, id, licence.TerritoryCodes);
        if (licence.EndsAt is { } end && end <= licence.StartsAt)
        {
            violations.Add(new FieldViolation("ends_at",
                $"licence {id} ends at {Instants.Format(end)}, which is not after its start {Instants.Format(licence.StartsAt)}"));
        }

        CheckPricing(violations, licence);
        return violations;
    }

    private static void CheckLicensor(List<FieldViolation> violations, Licence licence)
    {
        if (licence.Licensor.Kind is not (LicensorKind.Creator or LicensorKind.Rightsholder))
        {
            violations.Add(new FieldViolation("licensor.kind",
                $"licence {licence.LicenceId} licensor kind is {(int)licence.Licensor.Kind}, expected creator or rightsholder"));
        }

        Add(violations, EntityIds.Check("licensor.id", licence.Licensor.Id));
        if (licence.IsCatalogue && licence.Licensor.Kind != LicensorKind.Rightsholder)
        {
            violations.Add(new FieldViolation("work_ids",
                $"licence {licence.LicenceId} covers a catalogue, which only a rightsholder has; its licensor is {licence.Licensor}"));
        }
    }

    private static void CheckIds(List<FieldViolation> violations, string id, string field, IReadOnlyList<string>? ids, int max, string noun)
    {
        // Null means "all" and is written on purpose; an empty list is more likely a mistake than a wish to cover nothing.
        if (ids is null)
        {
            return;
        }

        if (ids.Count is 0 || ids.Count > max)
        {
            violations.Add(new FieldViolation(field,
                $"licence {id} lists {ids.Count:N0} {noun}, expected 1 to {max:N0} (or none given, to cover all)"));
            return;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            Add(violations, EntityIds.Check($"{field}[{i}]", ids[i]));
        }
    }

    private static void CheckUses(List<FieldViolation> violations, string id, IReadOnlyList<UseKind> uses)
    {
        if (uses is null || uses.Count is 0 || uses.Count > UseNames.Slots)
        {
            violations.Add(new FieldViolation("uses", $"licence {id} lists {uses?.Count ?? 0} uses, expected 1 to {UseNames.Slots - 1}"));
            return;
        }

        for (var i = 0; i < uses.Count; i++)
        {
            if (!UseNames.IsLicensable(uses[i]))
            {
                violations.Add(new FieldViolation($"uses[{i}]",
                    $"licence {id} uses[{i}] is {(int)uses[i]} ({uses[i]}), expected {UseNames.Expected}"));
            }
        }
    }

    private static void CheckTerritories(List<FieldViolation> violations, string id, IReadOnlyList<string>? codes)
    {
        if (codes is null)
        {
            return;
        }

        if (codes.Count is 0 || codes.Count > MaxTerritories)
        {
            violations.Add(new FieldViolation("territory_codes",
                $"licence {id} lists {codes.Count:N0} territories, expected 1 to {MaxTerritories} (or none given, for worldwide)"));
            return;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (!Territory.IsValid(codes[i]))
            {
                violations.Add(new FieldViolation($"territory_codes[{i}]",
                    $"licence {id} territory '{EntityIds.Printable(codes[i] ?? "")}' is not an ISO 3166-1 alpha-2 code of two capital letters"));
            }
        }
    }

    private static void CheckPricing(List<FieldViolation> violations, Licence licence)
    {
        var id = licence.LicenceId;
        if (licence.AttributionOnly && (licence.Tariff is not null || licence.RevenueShareBasisPoints is not null))
        {
            violations.Add(new FieldViolation("attribution_only",
                $"licence {id} is attribution-only, so it takes neither a tariff nor a revenue share"));
        }
        else if (!licence.AttributionOnly && licence.Tariff is null && licence.RevenueShareBasisPoints is null)
        {
            violations.Add(new FieldViolation("tariff",
                $"licence {id} needs a tariff, a revenue share or both, unless it is attribution-only"));
        }

        if (licence.Tariff is not null)
        {
            violations.AddRange(licence.Tariff.Validate("tariff"));
        }

        if (licence.RevenueShareBasisPoints is { } bps and (<= 0 or > Scales.BasisPointsWhole))
        {
            violations.Add(new FieldViolation("revenue_share_bps",
                $"licence {id} revenue_share_bps is {bps:N0}, expected 1 to {Scales.BasisPointsWhole:N0}"));
        }
    }

    private static void Add(List<FieldViolation> violations, FieldViolation? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }
}
