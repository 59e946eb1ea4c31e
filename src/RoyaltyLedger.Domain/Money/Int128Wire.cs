using System.Globalization;

namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// Int128 amounts on the wire: protobuf has no 128-bit integer, so they travel as exact decimal strings of the integer
/// ("-12500000000"), invariant culture, no separators. An empty string (a field the sender left unset) reads as 0.
/// </summary>
public static class Int128Wire
{
    public static string Format(Int128 value) => value.ToString(CultureInfo.InvariantCulture);

    public static Int128 Parse(string? text, string field) =>
        string.IsNullOrEmpty(text) ? 0
        : Int128.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"{field} '{text}' is not an integer amount");
}
