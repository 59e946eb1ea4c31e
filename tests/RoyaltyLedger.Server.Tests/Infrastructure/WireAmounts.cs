using System.Globalization;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The wire's decimal-string amounts as numbers, for tests whose amounts fit 64 bits (checked).</summary>
public static class WireAmounts
{
    public static long N(this string text) => string.IsNullOrEmpty(text) ? 0 : long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
