using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Import;

/// <summary>Reads "CREATOR_ID:ROLE:BASIS_POINTS", as typed on the command line and in CSV files.</summary>
internal static class Contributors
{
    public static Contributor Parse(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 3 && uint.TryParse(parts[2], out var bps)
            ? new Contributor { CreatorId = parts[0], Role = parts[1], ShareBps = bps }
            : throw new ArgumentException($"contributor '{text}' is not CREATOR_ID:ROLE:BASIS_POINTS");
    }
}
