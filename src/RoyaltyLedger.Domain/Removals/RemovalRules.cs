using System.Buffers;
using System.Globalization;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>Checks of the evidence an operator attests a removal with; each violation names the field and the value.</summary>
public static class RemovalRules
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Null when the value is 64 hexadecimal characters (either case); the ledger keeps it in lower case.</summary>
    public static FieldViolation? CheckContentHash(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new FieldViolation(field, $"{field} is required: the SHA-256 of what was removed, {RemovalLimits.ContentHashHexLength} hexadecimal characters");
        }

        const string Expected = "expected the SHA-256 of what was removed as 64 hexadecimal characters";
        if (value.Length != RemovalLimits.ContentHashHexLength)
        {
            return new FieldViolation(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} '{EntityIds.Printable(value)}' is {value.Length:N0} characters long; {Expected}"));
        }

        var bad = value.AsSpan().IndexOfAnyExcept(HexDigits);
        if (bad >= 0)
        {
            return new FieldViolation(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} '{EntityIds.Printable(value)}' holds '{EntityIds.Printable(value[bad].ToString())}' at index {bad}, not a hexadecimal digit; {Expected}"));
        }

        return null;
    }

    /// <summary>Null when the removal happened after 1970 and not after <paramref name="now"/>: nobody attests a removal still to come.</summary>
    public static FieldViolation? CheckRemovedAt(string field, DateTimeOffset? removedAt, DateTimeOffset now)
    {
        if (removedAt is not { } at)
        {
            return new FieldViolation(field, $"{field} is required: when the work was removed");
        }

        if (at.ToUnixTimeMilliseconds() <= 0)
        {
            return new FieldViolation(field, $"{field} {Format(at)} is not after 1970-01-01T00:00:00Z");
        }

        return at > now ? new FieldViolation(field, $"{field} {Format(at)} is in the future (now is {Format(now)}); attest a removal once it is done") : null;
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
}
