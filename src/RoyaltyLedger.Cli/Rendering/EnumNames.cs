using System.Text.RegularExpressions;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// Wire enums (roles, rejection reasons) as users read and type them: lower-case words joined by hyphens, the same
/// spelling as uses (<see cref="UseNames"/>), e.g. Role.Admin "admin", RejectionReason.UnknownModel "unknown-model".
/// </summary>
internal static partial class EnumNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Words().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
