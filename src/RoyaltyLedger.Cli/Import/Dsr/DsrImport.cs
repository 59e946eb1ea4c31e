using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Cli.Usage;
using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// `royalty usage import-dsr`: streams a DDEX DSR file's usage records through the client library, as `usage send`
/// does (numbered batches cut the same way on every run, so a rerun skips what the ledger holds), each as one usage
/// event with an id derived from the message and the line (<see cref="DsrIds"/>): importing the same file again, or
/// the same lines in another file, counts nothing twice.
/// </summary>
internal static class DsrImport
{
    /// <summary>Batches sent ahead of their acks: enough to keep the server's group commit full.</summary>
    public const int InFlightBatches = 8;

    public static async Task<int> RunAsync(CliSession s, DsrImportArguments args, CancellationToken token)
    {
        var path = args.File.FullName;
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} does not exist");
        }

        var sha256 = DsrIds.HashFile(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var text = new StreamReader(file, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var reader = new DsrReader(text, path);
        // The header is read before the server is called, so a file that cannot be imported fails at once.
        var header = reader.ReadHeader();
        var operatorId = await UsageSend.OperatorOfKeyAsync(s, args.Operator, token);
        var ids = DsrIds.Of(header, sha256);
        var report = new DsrImportReport(path, $"{operatorId}/{DsrWriters.StreamName(ids.Stream, 0, 1)}{(args.Streams == 1 ? "" : $" (-1of{args.Streams} to -{args.Streams}of{args.Streams})")}", header, args.BatchSize);
        using var csv = DsrRejectionCsv.Open(args.ReportPath);
        var progress = new SendProgress(s.Error, Terminal.IsInteractive(s.Error), file.Length, TimeProvider.System);
        UsageClientOptions Options(int index) => new()
        {
            OperatorId = operatorId,
            StreamName = DsrWriters.StreamName(ids.Stream, index, args.Streams),
            BatchSize = args.BatchSize,
            Numbering = BatchNumbering.Replay,
            MaxInFlightBatches = InFlightBatches,
        };
        var template = new UsageEvent
        {
            ModelId = args.Model,
            Use = args.Use,
            UnitKind = args.UnitKind,
            AttributionWeightPpm = 1_000_000,
            OccurredAt = Timestamp.FromDateTimeOffset(header.UsageStart),
            AttributionMethod = "ddex-dsr",
            AttributionMethodVersion = header.MessageVersion.Length is > 0 and <= 64 ? header.MessageVersion : "dsrf",
        };
        var line = 0;
        async Task StreamAsync()
        {
            await using var writers = await DsrWriters.OpenAsync(Options, s.Invoker, args.Streams, token);
            writers.Rejected += (_, rejection) => Rejected(rejection, report, csv);
            writers.ProgressChanged += (_, ledger) =>
            {
                report.Ledger = ledger;
                progress.Update(ledger);
            };
            foreach (var row in reader.ReadRows())
            {
                line = row.Line;
                await SendAsync(writers.For(row.Line), row, template, ids, report, csv, token);
                progress.Read(file.Position);
            }

            await writers.CompleteAsync(token);
            report.Ledger = writers.Progress;
        }

        try
        {
            await progress.RunAsync(StreamAsync);
        }
        catch (Exception ex) when (ex is not InvalidDataException and not UsageStreamConflictException)
        {
            progress.Finish();
            throw UsageSend.Interrupted(ex, s.ServerAddress, path, line, token.IsCancellationRequested);
        }

        progress.Finish();
        report.Elapsed = progress.Elapsed;
        report.Lines = reader.Lines;
        report.ContextRecords = reader.ContextRecords + 1;
        report.Comments = reader.Comments;
        report.Ignored = reader.Ignored;
        await (s.Json ? JsonOutput.WriteAsync(s.Output, report.ToJson()) : report.WriteAsync(s.Output));
        return report.ExitCode;
    }

    private static async Task SendAsync(UsageStreamWriter writer, DsrRow row, UsageEvent template, DsrIds ids, DsrImportReport report, DsrRejectionCsv? csv, CancellationToken token)
    {
        if (DsrLayout.Kind(row.RecordType) is "SU02" or "SU03")
        {
            report.AddUsage();
        }

        if (row.Problem is { } problem)
        {
            report.AddMalformed(problem);
            csv?.Write(problem, "malformed");
            return;
        }

        var usage = row.Usage!;
        var usageEvent = template.Clone();
        usageEvent.EventId = ids.EventId(row.Line);
        usageEvent.Units = usage.Units;
        usageEvent.Territory = usage.Territory;
        usageEvent.WorkRef = new Identifier { Scheme = usage.Scheme, Value = usage.Identifier };
        await writer.WriteAsync(usageEvent, new Sent(row.Line, usage), token);
    }

    /// <summary>What travels with an event, to name its line and cell if the ledger rejects it.</summary>
    private sealed record Sent(int Line, DsrUsage Usage);

    private static void Rejected(UsageRejection rejection, DsrImportReport report, DsrRejectionCsv? csv)
    {
        if (rejection.State is not Sent sent)
        {
            return;
        }

        var (field, value) = rejection.EventField switch
        {
            var f when f.StartsWith("work_ref", StringComparison.Ordinal) => (sent.Usage.IdentifierField, sent.Usage.Identifier),
            "units" => (sent.Usage.RecordType.StartsWith("SU02", StringComparison.Ordinal) ? "NumberOfStreams" : "Usages", sent.Usage.Units.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "occurred_at" => ("UsageStartDate", rejection.Event.OccurredAt?.ToString() ?? ""),
            "territory" => ("Territory", sent.Usage.Territory),
            var other => (other, ""),
        };
        var message = rejection.Message.Replace($"events[{rejection.Index}].", "", StringComparison.Ordinal);
        var problem = new DsrProblem(sent.Line, sent.Usage.RecordType, field, value, message);
        report.AddRejected(problem, EnumNames.Of(rejection.Reason));
        csv?.Write(problem, "rejected");
    }
}
