using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Statements;

/// <summary>
/// An inclusive range of months of use, each "yyyy-MM" (UTC); an empty bound is open. Months in that form sort
/// ordinally in time order, so the range compares strings and the database can filter on its period column.
/// </summary>
public sealed record PeriodRange(string From, string To)
{
    public const int MonthLength = 7;

    /// <summary>Every month.</summary>
    public static readonly PeriodRange All = new("", "");

    public bool IsOpen => From.Length == 0 && To.Length == 0;

    public bool Contains(string period) =>
        (From.Length == 0 || string.CompareOrdinal(period, From) >= 0)
        && (To.Length == 0 || string.CompareOrdinal(period, To) <= 0);

    /// <summary>The range, or the violations naming each field and value (a bad month, or from after to).</summary>
    public static (PeriodRange? Range, List<FieldViolation> Violations) Parse(
        string fromField, string? from, string toField, string? to)
    {
        from ??= "";
        to ??= "";
        var violations = new List<FieldViolation>();
        if (from.Length > 0 && !IsMonth(from))
        {
            violations.Add(NotAMonth(fromField, from));
        }

        if (to.Length > 0 && !IsMonth(to))
        {
            violations.Add(NotAMonth(toField, to));
        }

        if (violations.Count == 0 && from.Length > 0 && to.Length > 0 && string.CompareOrdinal(from, to) > 0)
        {
            violations.Add(new FieldViolation(fromField, $"{fromField} '{from}' is after {toField} '{to}'"));
        }

        return (violations.Count == 0 ? new PeriodRange(from, to) : null, violations);
    }

    /// <summary>"yyyy-MM" with a year from 0001 to 9999 and a month from 01 to 12, nothing else.</summary>
    public static bool IsMonth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != MonthLength || value[4] != '-')
        {
            return false;
        }

        for (var i = 0; i < MonthLength; i++)
        {
            if (i != 4 && !char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        var month = ((value[5] - '0') * 10) + (value[6] - '0');
        return value[..4] != "0000" && month is >= 1 and <= 12;
    }

    private static FieldViolation NotAMonth(string field, string value) =>
        new(field, $"{field} '{EntityIds.Printable(value)}' is not a month yyyy-MM");
}
