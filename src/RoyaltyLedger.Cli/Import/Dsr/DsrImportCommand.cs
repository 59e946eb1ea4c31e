using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Cli.Usage;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>`royalty usage import-dsr FILE`: a DDEX DSR flat file's usage records as usage events (docs/dsr.md).</summary>
internal static class DsrImportCommand
{
    public const string DefaultUse = "output";
    public const string DefaultUnitKind = "streams";
    public const int DefaultStreams = 4;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A DDEX DSR flat file (tab-separated; HEAD, SYxx, AS01/AS02, MW01, SU02, SU03 are read; docs/dsr.md)" };
        var model = new Option<string>("--model") { Description = "The model the usage is reported for (a DSR names none)", Required = true };
        var operatorId = new Option<string?>("--operator") { Description = "The operator the usage belongs to; default: the operator the API key acts for" };
        var use = new Option<string>("--use") { Description = $"The use every record reports: training, fine-tuning, retrieval or output; default {DefaultUse}", DefaultValueFactory = _ => DefaultUse };
        use.AcceptOnlyFromAmong(UsageColumns.Uses);
        var unitKind = new Option<string>("--unit-kind") { Description = $"The unit the usage counts are in, as licences price them; default {DefaultUnitKind}", DefaultValueFactory = _ => DefaultUnitKind };
        var batchSize = BatchSizeOption.Create(UsageClientOptions.MaxBatchSizeLimit);
        var streams = new Option<int>("--streams")
        {
            Description = $"Producer streams sent side by side, 1 to {DsrWriters.MaxStreams}, line L on stream L mod N; a rerun must use the same number to resume (else its lines count as duplicates)",
            DefaultValueFactory = _ => DefaultStreams,
        };
        streams.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return;
            }

            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > DsrWriters.MaxStreams)
            {
                result.AddError($"--streams is {value:N0}, expected 1 to {DsrWriters.MaxStreams}");
            }
        });
        var report = new Option<string?>("--report") { Description = "Write every line not counted to this CSV file: line, record_type, field, value, outcome, message" };
        var command = new Command("import-dsr",
            "Import a DDEX DSR (Digital Sales Report) flat file: each usage record (SU02 streams, SU03 UGC usages) becomes one usage event of the " +
            "work its sound recording's ISRC (or its block's one ISWC) names, counting the record's usages, at the start of the HEAD's period; " +
            "works no registered work carries wait in suspense. Event ids come from the HEAD's sender and MessageId and the line, so importing " +
            "the same file again counts nothing twice. Lines that cannot be read are reported by line, record type and cell, and the rest go on. " +
            "Exit codes: 0 every usage counted (or a duplicate, or held); 2 some lines malformed or rejected; 1 failed")
        {
            file, model, operatorId, use, unitKind, batchSize, streams, report,
        };
        command.SetAction((parse, ct) => CliSession.RunForExitCodeAsync(parse, (s, token) => DsrImport.RunAsync(s, new DsrImportArguments(
            parse.GetValue(file)!,
            parse.GetValue(model)!,
            parse.GetValue(operatorId),
            UseNames.Parse(parse.GetValue(use)!),
            parse.GetValue(unitKind)!,
            parse.GetValue(batchSize),
            parse.GetValue(streams),
            parse.GetValue(report)), token), ct));
        return command;
    }
}
