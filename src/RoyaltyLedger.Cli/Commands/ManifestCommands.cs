using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Import;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty manifests submit`: disclose the works a model was trained on; each is rated as a past use.</summary>
internal static class ManifestCommands
{
    private static readonly string[] Required = ["units", "unit_kind"];

    public static Command Create()
    {
        var manifests = new Command("manifests", "Training-corpus manifests: the works a model was trained or fine-tuned on");
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV with a header row: units, unit_kind, and work_id or work_ref_scheme + work_ref_value; optional weight_ppm (default 1000000) and territory",
        };
        var id = new Option<string>("--manifest-id") { Description = "The manifest's id; submitting the same id again counts nothing twice", Required = true };
        var op = new Option<string?>("--operator") { Description = "The operator; default: the operator the API key acts for" };
        var model = new Option<string>("--model") { Description = "The model trained on the works", Required = true };
        var use = new Option<string>("--use") { Description = "training or fine-tuning", DefaultValueFactory = _ => "training" };
        // fine_tuning, which this option took before uses had one spelling, is still read; only fine-tuning is shown.
        use.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (ManifestUse(text) is null)
            {
                result.AddError($"--use '{text}' is not one of training, fine-tuning");
            }
        });
        var trainedAt = new Option<DateTimeOffset>("--trained-at") { Description = "When the model was trained (ISO 8601)", Required = true };
        var submit = new Command("submit",
            "Submit a training manifest. Every entry becomes a use of the work by the model, rated like reported usage: back-pay under a " +
            "covering licence, otherwise a claim at the society's unlicensed tariff, and a credit to the work's creators. Exit code 2 when some entries were rejected")
        {
            file, id, op, model, use, trainedAt,
        };
        submit.SetAction((parse, ct) => CliSession.RunForExitCodeAsync(parse, async (s, token) =>
        {
            var request = new SubmitTrainingManifestRequest
            {
                ManifestId = parse.GetValue(id),
                OperatorId = parse.GetValue(op) ?? (await s.Access.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: token)).PartyId,
                ModelId = parse.GetValue(model),
                Use = ManifestUse(parse.GetValue(use)) ?? UseKind.Training,
                TrainedAt = Timestamp.FromDateTimeOffset(parse.GetValue(trainedAt)),
            };
            request.Entries.AddRange(ReadEntries(parse.GetValue(file)!.FullName));
            var receipt = await s.Manifests.SubmitTrainingManifestAsync(request, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, receipt);
            }
            else
            {
                await s.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"manifest {receipt.ManifestId} for model {receipt.ModelId}: {receipt.Entries:N0} entries, {receipt.Accepted:N0} counted, {receipt.Duplicates:N0} already held, {receipt.Rejections.Count:N0} rejected"));
                foreach (var r in receipt.Rejections)
                {
                    // Line numbers count the header as line 1.
                    await s.Output.WriteLineAsync($"  line {r.Index + 2}: {r.Message}");
                }
            }

            return receipt.Rejections.Count == 0 ? 0 : 2;
        }, ct));
        manifests.Subcommands.Add(submit);
        return manifests;
    }

    /// <summary>The use a manifest records (training or fine-tuning), or null for any other text.</summary>
    internal static UseKind? ManifestUse(string? text) =>
        UseNames.TryParse(text ?? "", out var kind) && kind is UseKind.Training or UseKind.FineTuning ? kind : null;

    private static IEnumerable<ManifestEntry> ReadEntries(string path) =>
        CsvRows.Read(path, Required).Select(row => Entry(path, row.Line, row.Fields));

    private static ManifestEntry Entry(string path, int line, IReadOnlyDictionary<string, string> row)
    {
        var entry = new ManifestEntry
        {
            WorkId = row.GetValueOrDefault("work_id", ""),
            Units = Number(path, line, row, "units"),
            UnitKind = row["unit_kind"],
            Territory = row.GetValueOrDefault("territory", ""),
        };
        if (row.GetValueOrDefault("work_ref_scheme", "") is { Length: > 0 } scheme)
        {
            entry.WorkRef = new Identifier { Scheme = scheme, Value = row.GetValueOrDefault("work_ref_value", "") };
        }

        if (row.GetValueOrDefault("weight_ppm", "") is { Length: > 0 })
        {
            entry.AttributionWeightPpm = checked((uint)Number(path, line, row, "weight_ppm"));
        }

        return entry;
    }

    private static long Number(string path, int line, IReadOnlyDictionary<string, string> row, string column) =>
        long.TryParse(row[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidDataException($"{path} line {line}: {column} '{row[column]}' is not a whole number of 0 or more");
}
