using System.CommandLine;
using System.CommandLine.Parsing;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// Options whose values are checked while the command line is parsed, so that a typo is reported as a usage error
/// naming the option and the value, before anything is sent to the server.
/// </summary>
internal static class ParsedOptions
{
    public static Option<UseKind[]> Uses(bool required) => new("--use")
    {
        Description = string.Join(", ", UseNames.All) + "; repeated",
        Required = required,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => Each(result, text => UseNames.TryParse(text, out var use)
            ? use
            : throw new ArgumentException($"--use '{text}' is not one of {string.Join(", ", UseNames.All)}")),
    };

    public static Option<Contributor[]> Contributors(bool required) => new("--contributor")
    {
        Description = "CREATOR_ID:ROLE:BASIS_POINTS, repeated; shares sum to 10000",
        Required = required,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => Each(result, Import.Contributors.Parse),
    };

    public static Option<Timestamp?> Instant(string name, string description) => new(name)
    {
        Description = $"{description}; ISO 8601, e.g. {IsoTime.Example} (UTC unless a zone is given)",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (IsoTime.TryParse(text, out var at))
            {
                return Timestamp.FromDateTimeOffset(at);
            }

            result.AddError($"{name} '{text}' is not an ISO 8601 instant, e.g. {IsoTime.Example}");
            return null;
        },
    };

    /// <summary>Parses every token, reporting each bad one rather than only the first.</summary>
    private static T[] Each<T>(ArgumentResult result, Func<string, T> parse)
    {
        var values = new List<T>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            try
            {
                values.Add(parse(token.Value));
            }
            catch (ArgumentException ex)
            {
                result.AddError(ex.Message);
            }
        }

        return [.. values];
    }
}
