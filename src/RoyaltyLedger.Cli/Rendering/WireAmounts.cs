using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>Reads the wire's decimal-string amounts (Int128 nanos or minor units) back into integers for rendering.</summary>
internal static class WireAmounts
{
    public static Int128 Nanos(this string text) => Int128Wire.Parse(text, "amount");
}
