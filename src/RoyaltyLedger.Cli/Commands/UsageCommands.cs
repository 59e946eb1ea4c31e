using System.CommandLine;
using RoyaltyLedger.Cli.Usage;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty usage`: report AI usage to the ledger.</summary>
internal static class UsageCommands
{
    public static Command Create()
    {
        var usage = new Command("usage", "Report AI usage to the ledger");
        usage.Subcommands.Add(Send());
        usage.Subcommands.Add(RoyaltyLedger.Cli.Import.Dsr.DsrImportCommand.Create());
        return usage;
    }

    private static Command Send()
    {
        var file = new Argument<FileInfo>("file") { Description = $"A CSV (with a header row) or JSON Lines file of usage events, one per row. {UsageColumns.Help}" };
        var operatorId = new Option<string?>("--operator") { Description = "The operator the usage belongs to; default: the operator the API key acts for" };
        var stream = new Option<string?>("--stream")
        {
            Description = "The producer stream, one per file; default: file-<file name>-<fingerprint of its first two lines>. Rerunning on the same stream resumes where the ledger stopped",
        };
        var format = new Option<string?>("--format") { Description = "jsonl or csv; default: from the file's extension (.csv, .jsonl, .ndjson)" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var batchSize = BatchSizeOption.Create(UsageClientOptions.DefaultBatchSize);
        var send = new Command("send",
            "Stream a file of usage events to the ledger in numbered batches, with a progress bar on stderr. Malformed rows (a bad number, " +
            "date or use) and rows the ledger rejects are reported by line and skipped; the rest are sent. Rows without an event_id get one " +
            "derived from the file name, its first two lines and the row's line. Resume: run the same command again (same file, stream and batch size); batches the ledger " +
            "holds are skipped and nothing is counted twice. Exit codes: 0 every row counted (or a duplicate, or held from an earlier run); " +
            "2 all sent, but some rows malformed or rejected; 1 failed (file unreadable, server unreachable, retries used up)")
        {
            file, operatorId, stream, format, batchSize,
        };
        send.SetAction((parse, ct) => CliSession.RunForExitCodeAsync(parse, (s, token) => UsageSend.RunAsync(s, new SendArguments(
            parse.GetValue(file)!,
            parse.GetValue(operatorId),
            parse.GetValue(stream),
            parse.GetValue(format) switch { "csv" => UsageFileFormat.Csv, "jsonl" => UsageFileFormat.JsonLines, _ => null },
            parse.GetValue(batchSize)), token), ct));
        return send;
    }
}
