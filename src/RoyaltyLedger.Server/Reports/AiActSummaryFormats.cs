using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.AiAct;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Reports;

/// <summary>The AI Act summary's two renderings on the wire: "json" (the default) and "markdown".</summary>
internal static class AiActSummaryFormats
{
    public const string Json = "json";
    public const string Markdown = "markdown";

    public static FieldViolation? Check(string format) =>
        format is "" or Json or Markdown
            ? null
            : new FieldViolation("format", $"format '{EntityIds.Printable(format)}' is not json or markdown");

    public static AiActSummaryDocument Render(AiActSummary summary, string format)
    {
        var markdown = format == Markdown;
        return new AiActSummaryDocument
        {
            ModelId = summary.ModelId,
            Format = markdown ? Markdown : Json,
            Schema = AiActSummary.Schema,
            SchemaVersion = AiActSummary.SchemaVersion,
            Content = markdown ? AiActSummaryMarkdown.Write(summary) : AiActSummaryJson.Write(summary),
        };
    }
}
