using System.CommandLine;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>The repeated --identifier SCHEME:VALUE option of works and creators.</summary>
internal static class IdentifierOption
{
    public static Option<string[]> Create(string schemes) => new("--identifier")
    {
        Description = $"SCHEME:VALUE, repeated ({schemes}); checked with its check digits",
        AllowMultipleArgumentsPerToken = false,
    };

    public static IEnumerable<Identifier> Parse(IEnumerable<string>? values) =>
        (values ?? []).Select(text =>
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0
                ? new Identifier { Scheme = text[..colon], Value = text[(colon + 1)..] }
                : throw new ArgumentException($"--identifier '{text}' is not SCHEME:VALUE, e.g. iswc:T-034.524.680-1");
        });

    public static string Format(IEnumerable<Identifier> identifiers) => string.Join(", ", identifiers.Select(i => $"{i.Scheme}:{i.Value}"));
}
