using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>Checks and normalizes an identifier of any supported scheme, and reads scheme names.</summary>
public static class IdentifierRules
{
    private static readonly (string Name, IdentifierScheme Scheme)[] SchemeNames =
    [
        ("iswc", IdentifierScheme.Iswc),
        ("isrc", IdentifierScheme.Isrc),
        ("isbn", IdentifierScheme.Isbn13),
        ("isbn13", IdentifierScheme.Isbn13),
        ("isni", IdentifierScheme.Isni),
        ("doi", IdentifierScheme.Doi),
        ("ipi", IdentifierScheme.IpiNameNumber),
        ("ipinamenumber", IdentifierScheme.IpiNameNumber),
        ("iscc", IdentifierScheme.Iscc),
    ];

    /// <summary>Returns null when the value is valid for the scheme, else a violation naming field and value.</summary>
    public static FieldViolation? Check(string field, IdentifierScheme scheme, string? value) => scheme switch
    {
        IdentifierScheme.Iswc => Iswc.Check(field, value),
        IdentifierScheme.Isrc => Isrc.Check(field, value),
        IdentifierScheme.Isbn13 => Isbn13.Check(field, value),
        IdentifierScheme.Isni => Isni.Check(field, value),
        IdentifierScheme.Doi => Doi.Check(field, value),
        IdentifierScheme.IpiNameNumber => IpiNameNumber.Check(field, value),
        IdentifierScheme.Iscc => Iscc.Check(field, value),
        _ => new FieldViolation(field, $"{field} has unknown identifier scheme {(int)scheme}"),
    };

    public static bool TryNormalize(IdentifierScheme scheme, string? value, out string normalized)
    {
        switch (scheme)
        {
            case IdentifierScheme.Iswc: return Iswc.TryNormalize(value, out normalized);
            case IdentifierScheme.Isrc: return Isrc.TryNormalize(value, out normalized);
            case IdentifierScheme.Isbn13: return Isbn13.TryNormalize(value, out normalized);
            case IdentifierScheme.Isni: return Isni.TryNormalize(value, out normalized);
            case IdentifierScheme.Doi: return Doi.TryNormalize(value, out normalized);
            case IdentifierScheme.IpiNameNumber: return IpiNameNumber.TryNormalize(value, out normalized);
            case IdentifierScheme.Iscc: return Iscc.TryNormalize(value, out normalized);
            default:
                normalized = string.Empty;
                return false;
        }
    }

    /// <summary>
    /// Reads a scheme name such as "iswc", "isbn" or "ipi" in any ASCII case. Numbers are refused, unlike
    /// Enum.TryParse, so that "3" is never taken for a scheme.
    /// </summary>
    public static bool TryParseScheme(string? name, out IdentifierScheme scheme)
    {
        foreach (var (known, value) in SchemeNames)
        {
            if (name is not null && Ascii.EqualsIgnoreCase(name, known))
            {
                scheme = value;
                return true;
            }
        }

        scheme = default;
        return false;
    }
}
