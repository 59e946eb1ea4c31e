using System.Globalization;
using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// A usage count cell. The standard types it Decimal; the ledger counts whole uses, so a count with a fraction other
/// than zeros (400.25) is refused rather than rounded. 1 to <see cref="UsageEventRules.MaxUnits"/>, as the ledger allows.
/// </summary>
internal static class DsrCounts
{
    public readonly record struct Count(long Value, string? Error);

    public static Count Parse(string field, string cell)
    {
        var text = cell.Trim();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        if (dot >= 0 && (text.Length == dot + 1 || text.AsSpan(dot + 1).ContainsAnyExcept('0')))
        {
            return new Count(0, $"{field} '{cell}' is not a whole number of uses; the ledger counts whole uses and does not round");
        }

        if (whole.Length == 0 || !long.TryParse(whole, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new Count(0, whole.Length > 0 && whole.TrimStart('-').All(char.IsAsciiDigit)
                ? $"{field} '{cell}' is more than {UsageEventRules.MaxUnits:N0}, the most one usage may count"
                : $"{field} '{cell}' is not a number");
        }

        return value is < 1 or > UsageEventRules.MaxUnits
            ? new Count(0, $"{field} is {value:N0}, expected 1 to {UsageEventRules.MaxUnits:N0}{(value == 0 ? ": a record of no use counts nothing" : "")}")
            : new Count(value, null);
    }
}
