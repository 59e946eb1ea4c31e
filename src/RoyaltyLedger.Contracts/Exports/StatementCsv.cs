using System.Text;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// A creator statement as CSV, one row per line of the statement (work, operator, model, use, status, unit, currency
/// and month). Amounts are integer nanos (10^-9 of the currency), exact. The CLI and the statement page both use this.
/// Counts and amounts are numeric cells; everything else, the work title above all, is text that CsvText guards.
/// </summary>
public static class StatementCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "creator_id", "period", "work_id", "work_title", "operator_id", "model_id", "use", "licence_status",
        "event_count", "units", "unit_kind", "currency", "amount_nanos",
    ];

    public static string Format(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, [.. Header]);
        foreach (var l in statement.Lines)
        {
            CsvText.AppendRow(csv,
            [
                statement.CreatorId, l.Period, l.WorkId, l.WorkTitle, l.OperatorId, l.ModelId, UseKindNames.Of(l.Use), l.LicenceStatus,
                CsvField.Number(l.EventCount), CsvField.Number(l.Units), l.UnitKind, l.Currency, CsvField.Number(l.AmountNanos),
            ]);
        }

        return csv.ToString();
    }
}
