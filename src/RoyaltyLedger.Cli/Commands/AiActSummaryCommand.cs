using System.CommandLine;
using System.Text;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty models ai-act-summary MODEL --format json|markdown [--out FILE]`: the model's EU AI Act training-content
/// summary as the server renders it (docs/ai-act-summary.md), printed or written to a file.
/// </summary>
internal static class AiActSummaryCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "Model id" };
        var format = new Option<string?>("--format") { Description = "markdown (default) or json; --json is the same as --format json" };
        format.AcceptOnlyFromAmong("json", "markdown");
        var output = new Option<FileInfo?>("--out") { Description = "Write the summary to this file (replaced) instead of printing it" };
        var command = new Command("ai-act-summary", "The model's EU AI Act public summary of training content (the sections the ledger can fill)") { model, format, output };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var chosen = parse.GetValue(format) ?? (s.Json ? "json" : "markdown");
            var document = await s.Transparency.GetAiActSummaryAsync(
                new GetAiActSummaryRequest { ModelId = parse.GetValue(model), Format = chosen }, cancellationToken: token);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, document.Content, new UTF8Encoding(false), token);
                await s.Output.WriteLineAsync($"wrote the {document.Format} AI Act summary of model {document.ModelId} to {file.FullName}");
                return;
            }

            await s.Output.WriteAsync(document.Content);
        }, ct));
        return command;
    }
}
