using RoyaltyLedger.Cli.Errors;
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
        using var file = UsageFile.Open(path, format);
        // The header (and the first row) are read before the server is called, so a file that cannot be sent fails at once.
        using var rows = file.ReadRows().GetEnumerator();
        var hasRow = rows.MoveNext();
        // Asking who the key is also finds an unreachable server at once, rather than after the stream's reconnect attempts.
        var operatorId = await OperatorOfKeyAsync(s, args.Operator, token);
        var ids = UsageIds.Of(path);
        var stream = args.Stream ?? ids.DefaultStream();
        var report = new SendReport(path, $"{operatorId}/{stream}", args.BatchSize);
        var progress = new SendProgress(s.Error, Terminal.IsInteractive(s.Error), file.Length, TimeProvider.System);
        var options = new UsageClientOptions
        {
            OperatorId = operatorId,
            StreamName = stream,
            BatchSize = args.BatchSize,
            Numbering = BatchNumbering.Replay,
        };
        var line = 0;
        async Task StreamAsync()
        {
            await using var writer = await UsageStreamWriter.OpenAsync(options, s.Invoker, token);
            writer.Rejected += (_, rejection) => report.AddRejected(rejection);
            writer.ProgressChanged += (_, ledger) =>
            {
                report.Ledger = ledger;
                progress.Update(ledger);
            };
            for (; hasRow; hasRow = rows.MoveNext())
            {
                var row = rows.Current;
                line = row.Line;
                report.Read();
                await SendRowAsync(writer, row, ids, report, token);
                progress.Read(file.Position);
            }

            await writer.CompleteAsync(token);
            report.Ledger = writer.Progress;
        }

        try
        {
            await progress.RunAsync(StreamAsync);
        }
        catch (UsageStreamConflictException ex)
        {
            progress.Finish();
            throw new UsageStreamConflictException(
                $"{ex.Message}. If the file or --batch-size changed since the stream was first sent, send it on a new --stream: its event ids stay the same, so rows already counted count as duplicates",
                ex);
        }
        catch (Exception ex) when (ex is not InvalidDataException)
        {
            // Interrupted (Ctrl+C) or failed part-way: what was done so far, then one line saying how to resume.
            progress.Finish();
            report.Elapsed = progress.Elapsed;
            if (!s.Json)
            {
                await report.WriteAsync(s.Output);
            }

            throw Interrupted(ex, s.ServerAddress, path, line, token.IsCancellationRequested);
        }

        progress.Finish();
        report.Elapsed = progress.Elapsed;
        await (s.Json ? JsonOutput.WriteAsync(s.Output, report.ToJson()) : report.WriteAsync(s.Output));
        return report.ExitCode;
    }

    /// <summary>The one line a stopped send ends with: why it stopped, where, and that the same command resumes it.</summary>
    internal static CliFailure Interrupted(Exception ex, string server, string path, int line, bool cancelled)
    {
        const string Resume = "Run the same command again to resume: batches the ledger holds are skipped and event ids are counted once.";
        var where = line > 0 ? $"near line {line:N0} of {path}" : $"before the first row of {path} was sent";
        if (cancelled || ex is OperationCanceledException)
        {
            return new CliFailure(CliError.Cancelled, $"interrupted {where}. {Resume}", ex);
        }

        var cause = ErrorDescriber.Describe(ex, server);
        return new CliFailure(cause.Code, $"{cause.Message.TrimEnd('.')}; stopped {where}. {Resume}", ex);
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

    /// <summary>An operator's key acts for one operator, which is then the default; other keys must name it.</summary>
    internal static async Task<string> OperatorOfKeyAsync(CliSession s, string? named, CancellationToken token)
    {
        var key = await s.Access.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: token);
        return named ?? (key.Role == Role.Operator
            ? key.PartyId
            : throw new InvalidDataException($"pass --operator ID: the API key has the role {EnumNames.Of(key.Role)}, not bound to one operator"));
    }
}
