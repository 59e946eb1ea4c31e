namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// ISO 3166-1 alpha-2 territory codes, checked for form (two capital ASCII letters) rather than against
/// the list of assigned codes, which changes and has user-assigned codes in use (XK). A code packs into
/// a ushort so that a licence's territories are searched as a vectorised span of numbers, not strings.
/// </summary>
internal static class Territory
{
    public static bool IsValid(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    public static bool TryPack(string? code, out ushort packed)
    {
        if (!IsValid(code))
        {
            packed = 0;
            return false;
        }

        packed = (ushort)((code![0] << 8) | code[1]);
        return true;
    }

    public static ushort Pack(string code) =>
        TryPack(code, out var packed) ? packed : throw new ArgumentException($"territory '{code}' is not an ISO 3166-1 alpha-2 code", nameof(code));
}
