using System.CommandLine;
using Grpc.Core;
using RoyaltyLedger.Cli.Rendering;

namespace RoyaltyLedger.Cli.Import;

/// <summary>
/// `royalty splits import`: rows sharing a work and an effective instant form one split version, sent as one
/// AmendSplits call, so a version is imported whole or not at all. Every version is reported; exits 1 when any
/// was rejected.
/// </summary>
internal static class SplitImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV columns: work_id, effective_from (ISO 8601), creator_id, role, share_bps, and optionally note; "
                + "the rows of one work and instant are one split version, their shares summing to 10000",
        };
        var import = new Command("import", "Amend works' splits from a CSV file, one split version per work and effective instant") { file };
        import.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var groups = SplitGroup.Read(CsvRows.Read(parse.GetValue(file)!.FullName, SplitGroup.Columns));
            var report = new ImportReport();

            // A work's versions must arrive in increasing effective order, whatever order the file lists them in.
            foreach (var group in groups.OrderBy(g => g.EffectiveFrom ?? DateTimeOffset.MaxValue).ThenBy(g => g.Lines[0]))
            {
                await ImportAsync(s, group, report, token);
            }

            await (s.Json ? JsonOutput.WriteAsync(s.Output, report.ToJson()) : report.WriteAsync(s.Output, "split"));
            if (report.RejectedCount > 0)
            {
                throw new ImportIncompleteException($"{report.RejectedCount} of {groups.Count} split versions were rejected");
            }
        }, ct));
        var splits = new Command("splits", "Works' split versions over time");
        splits.Subcommands.Add(import);
        return splits;
    }

    private static async Task ImportAsync(CliSession s, SplitGroup group, ImportReport report, CancellationToken cancellationToken)
    {
        if (group.Problems.Count > 0)
        {
            report.Rejected(group.Lines, group.Id, string.Join("; ", group.Problems));
            return;
        }

        try
        {
            await s.Registry.AmendSplitsAsync(group.ToRequest(), cancellationToken: cancellationToken);
            report.Imported(group.Lines, group.Id);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.PermissionDenied or StatusCode.NotFound)
        {
            report.Rejected(group.Lines, group.Id, ImportReport.Reasons(ex, group.Describe));
        }
    }
}
