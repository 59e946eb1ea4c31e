using System.Globalization;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// The transparency reports as CSV: one row per work (per model and work), use, status and unit kind. Counts are
/// numeric cells; titles, creators' roles and the rest are text, which CsvText guards against spreadsheet formulas.
/// </summary>
internal static class TransparencyCsv
{
    public static string Format(ModelTransparencyReport report)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, ["model_id", "operator_id", "work_id", "work_title", "use", "licence_status", "unit_kind",
            "event_count", "units", "first_used_at", "last_used_at", "creators"]);
        foreach (var work in report.Works)
        {
            var creators = string.Join(";", work.Creators.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.CreatorId}:{c.Role}:{c.ShareBps}")));
            foreach (var use in work.Uses)
            {
                CsvText.AppendRow(csv, [report.ModelId, report.OperatorId, work.WorkId, work.Title, .. UseFields(use), creators]);
            }
        }

        return csv.ToString();
    }

    public static string Format(ModelsTrainedOnCreator report)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, ["creator_id", "model_id", "operator_id", "work_id", "work_title", "use", "licence_status", "unit_kind",
            "event_count", "units", "first_used_at", "last_used_at"]);
        foreach (var model in report.Models)
        {
            foreach (var work in model.Works)
            {
                foreach (var use in work.Uses)
                {
                    CsvText.AppendRow(csv, [report.CreatorId, model.ModelId, model.OperatorId, work.WorkId, work.Title, .. UseFields(use)]);
                }
            }
        }

        return csv.ToString();
    }

    private static CsvField[] UseFields(TrainingUse u) =>
    [
        UseKindNames.Of(u.Use), u.LicenceStatus, u.UnitKind,
        CsvField.Number(u.EventCount), CsvField.Number(u.Units), Instant(u.FirstUsedAt), Instant(u.LastUsedAt),
    ];

    private static string Instant(Timestamp at) => at.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
