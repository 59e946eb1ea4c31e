using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// `royalty usage send`: streams a file's rows through the client library. Batches are numbered from 1 and cut the
/// same way on every run (<see cref="BatchNumbering.Replay"/>) and rows without an event_id get one derived from the
/// stream and line, so that rerunning the command after a crash skips what the ledger holds and counts nothing twice.
/// </summary>
internal static class UsageSend
{
    public static async Task<int> RunAsync(CliSession s, SendArguments args, CancellationToken token)
    {
        var path = args.File.FullName;
        var format = args.Format ?? UsageFile.FormatOf(path)
            ?? throw new InvalidDataException($"cannot tell the format of {path} from its extension (.csv, .jsonl); pass --format csv or --format jsonl");
        var operatorId = args.Operator ?? await OperatorOfKeyAsync(s, token);
        using var file = UsageFile.Open(path, format);
        var ids = UsageIds.Of(path);
        var stream = args.Stream ?? ids.DefaultStream();
        var report = new SendReport(path, $"{operatorId}/{stream}", args.BatchSize);
        var progress = new SendProgress(s.Error, IsTerminal(s.Error), file.Length, TimeProvider.System);
        var options = new UsageClientOptions
        {
            OperatorId = operatorId,
            StreamName = stream,
            BatchSize = args.BatchSize,
            Numbering = BatchNumbering.Replay,
        };
        var line = 0;
        try
        {
            await using var writer = await UsageStreamWriter.OpenAsync(options, s.Invoker, token);
            writer.Rejected += (_, rejection) => report.AddRejected(rejection);
            writer.ProgressChanged += (_, ledger) => progress.Update(ledger);
            foreach (var row in file.ReadRows())
            {
                line = row.Line;
                report.Read();
                await SendRowAsync(writer, row, ids, report, token);
                progress.Read(file.Position);
            }

            await writer.CompleteAsync(token);
            report.Ledger = writer.Progress;
        }
        catch (UsageStreamConflictException ex)
        {
            progress.Finish();
            throw new UsageStreamConflictException(
                $"{ex.Message}. If the file or --batch-size changed since the stream was first sent, send it on a new --stream: its event ids stay the same, so rows already counted count as duplicates",
                ex);
        }
        catch (Exception) when (line > 0)
        {
            progress.Finish();
            await s.Error.WriteLineAsync(
                $"stopped near line {line:N0} of {path}. Run the same command again to resume: batches the ledger holds are skipped and event ids are counted once.");
            throw;
        }

        progress.Finish();
        report.Elapsed = progress.Elapsed;
        await (s.Json ? JsonOutput.WriteAsync(s.Output, report.ToJson()) : report.WriteAsync(s.Output));
        return report.ExitCode;
    }

    private static async Task SendRowAsync(UsageStreamWriter writer, UsageRow row, UsageIds ids, SendReport report, CancellationToken token)
    {
        if (row.Problem is { } problem)
        {
            report.AddMalformed(problem);
            return;
        }

        var usageEvent = row.Event!;
        if (usageEvent.EventId.Length == 0)
        {
            // Never a random id: a rerun must send the same id for the same row.
            usageEvent.EventId = ids.EventId(row.Line);
        }

        try
        {
            await writer.WriteAsync(usageEvent, row.Line, token);
        }
        catch (ArgumentException tooLarge)
        {
            // An event too large for any batch: the same row is skipped on every run, so batching stays the same.
            report.AddMalformed(new RowProblem(row.Line, "", tooLarge.Message));
        }
    }

    /// <summary>An operator's key acts for one operator, which is then the default.</summary>
    private static async Task<string> OperatorOfKeyAsync(CliSession s, CancellationToken token)
    {
        var key = await s.Access.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: token);
        return key.Role == Role.Operator
            ? key.PartyId
            : throw new InvalidDataException($"pass --operator ID: the API key has the role {key.Role}, not bound to one operator");
    }

    private static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
