using System.Buffers;
using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Standard Content Code (ISO 24138), checked for syntax only: "ISCC:" and RFC 4648 base32
/// (A-Z, 2-7, no padding), e.g. ISCC:AAAT4EBWK27737D2. Prefix and body are accepted in any case and
/// normalized to upper case, as iscc_normalize in the iscc/iscc-core reference implementation does.
/// </summary>
public static class Iscc
{
    public const string Name = "ISCC";

    /// <summary>Bounds of the canonical form in iscc-core (CANONICAL_REGEX ^ISCC:[A-Z2-7]{10,68}$).</summary>
    public const int MinBodyLength = 10;

    public const int MaxBodyLength = 68;

    private const string Prefix = "ISCC:";

    private static readonly SearchValues<char> Base32 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz234567");

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        if (value.Length < Prefix.Length || !Ascii.EqualsIgnoreCase(value.AsSpan(0, Prefix.Length), Prefix))
        {
            return "expected ISCC: followed by base32 characters";
        }

        var body = value.AsSpan(Prefix.Length);
        var at = body.IndexOfAnyExcept(Base32);
        if (at >= 0)
        {
            return $"contains {SchemeRules.Quote(body[at])}, expected only letters A-Z and digits 2-7 after ISCC:";
        }

        if (body.Length is < MinBodyLength or > MaxBodyLength)
        {
            return $"has {body.Length} characters after ISCC:, expected {MinBodyLength} to {MaxBodyLength}";
        }

        // Unpadded base32 carries 5 bits a character; lengths of 1, 3 or 6 modulo 8 cannot end on a whole byte,
        // and the reference decoder refuses them.
        if ((body.Length % 8) is 1 or 3 or 6)
        {
            return $"has {body.Length} characters after ISCC:, which is not a whole number of bytes in base32";
        }

        // Every character is ASCII by now, so upper-casing cannot turn a foreign letter into a Latin one.
        normalized = Prefix + body.ToString().ToUpperInvariant();
        return null;
    }
}
