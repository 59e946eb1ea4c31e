using System.CommandLine;
using Grpc.Core;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Import;

/// <summary>
/// `royalty creators import` and `royalty works import`: one registration per row, so a row is
/// imported whole or not at all, and every row is reported. Exits 1 when any row was rejected.
/// </summary>
internal static class ImportCommands
{
    public static Command Creators() => Create("creators", ["creator_id", "display_name"],
        "CSV columns: creator_id, display_name, and optionally identifiers (\"isni:...;ipi:...\")",
        async (s, line, row, report, token) =>
        {
            var request = new RegisterCreatorRequest { CreatorId = row["creator_id"], DisplayName = row["display_name"] };
            request.Identifiers.AddRange(IdentifierOption.Parse(CsvRows.List(row, "identifiers")));
            await s.Registry.RegisterCreatorAsync(request, cancellationToken: token);
            report.Imported(line, request.CreatorId);
        });

    public static Command Works() => Create("works", ["work_id", "title", "medium", "contributors"],
        "CSV columns: work_id, title, medium, contributors (\"creator:role:bps;...\"), and optionally identifiers (\"iswc:...;isrc:...\") and rightsholder_ids (\"rh-1;rh-2\")",
        async (s, line, row, report, token) =>
        {
            var request = new RegisterWorkRequest { WorkId = row["work_id"], Title = row["title"], Medium = row["medium"] };
            request.Contributors.AddRange(CsvRows.List(row, "contributors").Select(Contributors.Parse));
            request.Identifiers.AddRange(IdentifierOption.Parse(CsvRows.List(row, "identifiers")));
            request.RightsholderIds.AddRange(CsvRows.List(row, "rightsholder_ids"));
            await s.Registry.RegisterWorkAsync(request, cancellationToken: token);
            report.Imported(line, request.WorkId);
        });

    private static Command Create(string what, string[] required, string description,
        Func<CliSession, int, IReadOnlyDictionary<string, string>, ImportReport, CancellationToken, Task> importRow)
    {
        var file = new Argument<FileInfo>("file") { Description = description };
        var import = new Command("import", $"Register {what} from a CSV file, reporting each row") { file };
        import.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var rows = CsvRows.Read(parse.GetValue(file)!.FullName, required);
            var report = new ImportReport();
            foreach (var (line, row) in rows)
            {
                var id = row[required[0]];
                try
                {
                    await importRow(s, line, row, report, token);
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.PermissionDenied or StatusCode.NotFound)
                {
                    report.Rejected(line, id, ex);
                }
                catch (ArgumentException ex)
                {
                    report.Rejected(line, id, ex.Message);
                }
            }

            await (s.Json ? JsonOutput.WriteAsync(s.Output, report.ToJson()) : report.WriteAsync(s.Output, what.TrimEnd('s')));
            if (report.RejectedCount > 0)
            {
                throw new ImportIncompleteException($"{report.RejectedCount} of {rows.Count} rows were rejected");
            }
        }, ct));
        return import;
    }
}
