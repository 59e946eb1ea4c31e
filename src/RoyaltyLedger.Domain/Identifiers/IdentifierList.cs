using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>Validates and normalizes the identifiers attached to a work or a creator.</summary>
public static class IdentifierList
{
    public const int MaxIdentifiers = 20;

    /// <summary>Schemes that name works (ISWC, ISRC, ISBN-13, DOI, ISCC).</summary>
    public static readonly IReadOnlySet<IdentifierScheme> WorkSchemes = new HashSet<IdentifierScheme>
    {
        IdentifierScheme.Iswc, IdentifierScheme.Isrc, IdentifierScheme.Isbn13, IdentifierScheme.Doi, IdentifierScheme.Iscc,
    };

    /// <summary>Schemes that name people and organisations (ISNI, IPI name number).</summary>
    public static readonly IReadOnlySet<IdentifierScheme> PartySchemes = new HashSet<IdentifierScheme>
    {
        IdentifierScheme.Isni, IdentifierScheme.IpiNameNumber,
    };

    /// <summary>Returns the normalized identifiers, in the order given, or the violations found.</summary>
    public static (List<WorkIdentifier> Identifiers, List<FieldViolation> Violations) Normalize(
        IReadOnlyList<(string Scheme, string Value)> given, IReadOnlySet<IdentifierScheme> allowed, string owner)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(allowed);
        var identifiers = new List<WorkIdentifier>();
        var violations = new List<FieldViolation>();
        if (given.Count > MaxIdentifiers)
        {
            violations.Add(new FieldViolation("identifiers", $"{owner} lists {given.Count} identifiers, at most {MaxIdentifiers} are allowed"));
            return (identifiers, violations);
        }

        for (var i = 0; i < given.Count; i++)
        {
            var field = $"identifiers[{i}]";
            var (schemeName, value) = given[i];
            if (!IdentifierRules.TryParseScheme(schemeName, out var scheme) || !allowed.Contains(scheme))
            {
                violations.Add(new FieldViolation($"{field}.scheme",
                    $"{field}.scheme '{EntityIds.Printable(schemeName)}' is not one of {string.Join(", ", allowed.Order().Select(Name))} for {owner}"));
            }
            else if (IdentifierRules.Check($"{field}.value", scheme, value) is { } invalid)
            {
                violations.Add(invalid);
            }
            else if (IdentifierRules.TryNormalize(scheme, value, out var normalized) && identifiers.All(x => x != new WorkIdentifier(scheme, normalized)))
            {
                identifiers.Add(new WorkIdentifier(scheme, normalized));
            }
        }

        return (identifiers, violations);
    }

    public static string Name(IdentifierScheme scheme) => scheme switch
    {
        IdentifierScheme.Iswc => "iswc",
        IdentifierScheme.Isrc => "isrc",
        IdentifierScheme.Isbn13 => "isbn13",
        IdentifierScheme.Isni => "isni",
        IdentifierScheme.Doi => "doi",
        IdentifierScheme.IpiNameNumber => "ipi",
        IdentifierScheme.Iscc => "iscc",
        _ => ((int)scheme).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
