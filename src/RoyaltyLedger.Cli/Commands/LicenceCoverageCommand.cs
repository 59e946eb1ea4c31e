using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty licences coverage`: for each work a licence reaches, whether it is covered, and every gap's reason.</summary>
internal static class LicenceCoverageCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "Licence id", Required = true };
        var pageSize = new Option<uint>("--page-size") { Description = "Works per request (the server's default when 0; at most 10000); every page is printed" };
        var command = new Command("coverage", "Report which works a licence covers, and who has not consented to what") { id, pageSize };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var coverage = await AllPagesAsync(s, parse.GetValue(id)!, parse.GetValue(pageSize), token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, coverage) : WriteAsync(s.Output, coverage));
        }, ct));
        return command;
    }

    /// <summary>Every page as one report, counts summed; judged at the first page's instant.</summary>
    private static async Task<LicenceCoverage> AllPagesAsync(CliSession s, string licenceId, uint pageSize, CancellationToken cancellationToken)
    {
        var all = new LicenceCoverage { LicenceId = licenceId };
        var pageToken = "";
        do
        {
            var page = await s.Registry.GetLicenceCoverageAsync(
                new GetLicenceCoverageRequest { LicenceId = licenceId, PageSize = pageSize, PageToken = pageToken }, cancellationToken: cancellationToken);
            all.JudgedAt ??= page.JudgedAt;
            all.Works.AddRange(page.Works);
            all.WorksCovered += page.WorksCovered;
            all.WorksNotCovered += page.WorksNotCovered;

            // Tokens are work ids in increasing order; one that does not advance would loop forever.
            if (page.NextPageToken.Length > 0 && string.CompareOrdinal(page.NextPageToken, pageToken) <= 0)
            {
                throw new InvalidDataException(
                    $"the server's coverage of licence {licenceId} went from page token '{pageToken}' to '{page.NextPageToken}', which does not advance");
            }

            pageToken = page.NextPageToken;
        }
        while (pageToken.Length > 0);
        return all;
    }

    private static async Task WriteAsync(TextWriter output, LicenceCoverage coverage)
    {
        await output.WriteLineAsync($"Coverage of licence {coverage.LicenceId}, judged at {IsoTime.Format(coverage.JudgedAt)}");
        var table = new Table("WORK", "COVERED", "GAPS");
        foreach (var work in coverage.Works)
        {
            if (work.Gaps.Count == 0)
            {
                table.Add(work.WorkId, work.Covered ? "yes" : "no", "");
                continue;
            }

            // One line per gap, the work and its verdict only on the first.
            for (var i = 0; i < work.Gaps.Count; i++)
            {
                table.Add(i == 0 ? work.WorkId : "", i == 0 ? (work.Covered ? "yes" : "no") : "", $"{work.Gaps[i].Kind}: {work.Gaps[i].Reason}");
            }
        }

        await table.WriteAsync(output);
        await output.WriteLineAsync($"{coverage.WorksCovered:N0} of {coverage.Works.Count:N0} works covered");
    }
}
