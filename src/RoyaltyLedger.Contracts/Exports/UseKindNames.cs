using RoyaltyLedger.Domain;
using UseKind = RoyaltyLedger.Contracts.V1.UseKind;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// The wire enum's uses as users see them: <see cref="UseKindSpelling"/> ("training", "fine-tuning", "retrieval",
/// "output", "style-imitation"), the wire and domain enums having the same numbers.
/// </summary>
public static class UseKindNames
{
    public static string Of(UseKind use) => UseKindSpelling.Of((RoyaltyLedger.Domain.UseKind)(int)use);

    /// <summary>The use spelled <paramref name="text"/>, as <see cref="UseKindSpelling.TryParse"/> reads it.</summary>
    public static bool TryParse(string? text, out UseKind use)
    {
        var known = UseKindSpelling.TryParse(text, out var domain);
        use = (UseKind)(int)domain;
        return known;
    }
}
