using System.Globalization;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A work's split versions, oldest first, one line per contributor, each version marked replaced, in force or scheduled.</summary>
internal static class SplitPrinter
{
    public static async Task WriteAsync(TextWriter output, Work work, DateTimeOffset now)
    {
        var inForce = -1;
        for (var i = 0; i < work.Splits.Count; i++)
        {
            inForce = work.Splits[i].EffectiveFrom.ToDateTimeOffset() <= now ? i : inForce;
        }

        var table = new Table("EFFECTIVE FROM", "STATUS", "CREATOR", "ROLE", "SHARE", "NOTE");
        for (var i = 0; i < work.Splits.Count; i++)
        {
            var version = work.Splits[i];
            var status = i == inForce ? "in force" : i < inForce ? "replaced" : "scheduled";
            for (var c = 0; c < version.Contributors.Count; c++)
            {
                var contributor = version.Contributors[c];
                var share = $"{contributor.ShareBps.ToString("N0", CultureInfo.InvariantCulture)} bps ({LicencePrinter.Percent(contributor.ShareBps)})";
                table.Add(c == 0 ? EffectiveFrom(version) : "", c == 0 ? status : "", contributor.CreatorId, contributor.Role, share, c == 0 ? version.Note : "");
            }
        }

        await table.WriteAsync(output);
    }

    /// <summary>The first split of a work applies to every use, however early; the ledger dates it at the Unix epoch.</summary>
    private static string EffectiveFrom(SplitVersion version) =>
        version.EffectiveFrom.ToDateTimeOffset() == DateTimeOffset.UnixEpoch ? "the start" : IsoTime.Format(version.EffectiveFrom);
}
