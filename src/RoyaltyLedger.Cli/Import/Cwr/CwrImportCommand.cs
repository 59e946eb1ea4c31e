using System.CommandLine;
using System.Text;
using Grpc.Core;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Domain.Registry.Cwr;

namespace RoyaltyLedger.Cli.Import.Cwr;

/// <summary>
/// `royalty works import-cwr FILE`: registers the works, writers and splits of a CISAC CWR 2.1/2.2 file. Each work
/// transaction is imported whole or not at all and reported; a rejected one does not stop the others. Running it again
/// changes nothing. Exits 1 when any transaction was rejected.
/// </summary>
internal static class CwrImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CWR 2.1 or 2.2 file (HDR, GRH, NWR/REV with SWR/OWR writers, GRT, TRL); docs/cwr.md lists the fields read" };
        var report = new Option<FileInfo>("--report") { Description = "Also write the per-line report to this CSV file" };
        var import = new Command("import-cwr", "Register works, their writers (by IPI name number) and PR splits from a CISAC CWR file") { file, report };
        import.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            using var text = new StreamReader(parse.GetValue(file)!.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var reader = new CwrReader(text);
            var registrar = new CwrRegistrar(s.Registry, reader.Header);
            await registrar.LoadAsync(token);
            var result = new CwrImportReport();
            foreach (var work in reader.Works())
            {
                await ImportAsync(registrar, reader.Header, work, result, token);
            }

            result.FileProblems(reader.FileProblems);
            if (parse.GetValue(report) is { } path)
            {
                await File.WriteAllTextAsync(path.FullName, result.ToCsv(reader), new UTF8Encoding(false), token);
            }

            await (s.Json ? JsonOutput.WriteAsync(s.Output, result.ToJson(reader, registrar.CreatorsRegistered)) : result.WriteAsync(s.Output, reader, registrar.CreatorsRegistered));
            if (result.Rejected > 0)
            {
                throw new ImportIncompleteException($"{result.Rejected} of {result.Transactions} work transactions were rejected");
            }
        }, ct));
        return import;
    }

    private static async Task ImportAsync(CwrRegistrar registrar, CwrHeader header, CwrWork work, CwrImportReport result, CancellationToken cancellationToken)
    {
        var workId = work.SubmitterWorkNumber.Length > 0 ? work.WorkId(header.SenderId) : "";
        if (work.Problems.Count > 0)
        {
            result.Refused(work, workId, work.Problems);
            return;
        }

        try
        {
            var (status, id, detail) = await registrar.RegisterAsync(work, cancellationToken);
            result.Done(work, status, id, detail);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.AlreadyExists or StatusCode.PermissionDenied
            or StatusCode.NotFound or StatusCode.FailedPrecondition)
        {
            result.Refused(work, workId, [new CwrProblem(work.Line, work.TransactionType, "registry", "", ImportReport.Reasons(ex, (_, d) => d))]);
        }
        catch (CwrTransactionRejected ex)
        {
            result.Refused(work, workId, [new CwrProblem(work.Line, work.TransactionType, ex.Field, "", ex.Message)]);
        }
    }
}
