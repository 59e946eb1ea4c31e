namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>Hex text as the statement file writes it; anything else reads as null rather than throwing.</summary>
internal static class Hex
{
    public static byte[]? TryDecode(string? text)
    {
        if (text is null || text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(text);
    }
}
