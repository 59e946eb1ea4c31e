using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>Uses as the CLI takes and prints them: <see cref="RoyaltyLedger.Domain.UseKindSpelling"/>, for the wire enum.</summary>
internal static class UseNames
{
    public static readonly string[] All = [.. RoyaltyLedger.Domain.UseKindSpelling.All];

    /// <summary>The use spelled <paramref name="name"/>; the older snake_case spelling (fine_tuning) is still read.</summary>
    public static bool TryParse(string name, out UseKind use) => UseKindNames.TryParse(name, out use);

    public static UseKind Parse(string name) => TryParse(name, out var use)
        ? use
        : throw new ArgumentException($"use '{name}' is not one of {string.Join(", ", All)}", nameof(name));

    public static string Of(UseKind use) => UseKindNames.Of(use);
}
