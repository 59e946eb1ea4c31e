using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>The transparency reports as tables a person reads.</summary>
internal static class TransparencyPrinter
{
    public static async Task WriteAsync(TextWriter output, ModelTransparencyReport report)
    {
        await output.WriteLineAsync($"Works model {report.ModelId} ({report.ModelName}, operator {report.OperatorId}) was trained or fine-tuned on: {report.Works.Count:N0}");
        var table = new Table("WORK", "TITLE", "USE", "STATUS", "EVENTS", "UNITS", "FIRST USE", "LAST USE", "CREATORS").AlignRight(4, 5);
        foreach (var work in report.Works)
        {
            var creators = string.Join(", ", work.Creators.Select(c => $"{c.CreatorId} ({c.Role})"));
            for (var i = 0; i < work.Uses.Count; i++)
            {
                var u = work.Uses[i];
                table.Add(i == 0 ? work.WorkId : "", i == 0 ? work.Title : "", UseNames.Of(u.Use), Status(u.LicenceStatus), $"{u.EventCount:N0}",
                    $"{u.Units:N0} {u.UnitKind}", IsoTime.Format(u.FirstUsedAt), IsoTime.Format(u.LastUsedAt), i == 0 ? creators : "");
            }
        }

        await table.WriteAsync(output);
        var totals = new Table("USE", "STATUS", "WORKS", "EVENTS", "UNITS").AlignRight(2, 3, 4);
        foreach (var t in report.Totals)
        {
            totals.Add(UseNames.Of(t.Use), Status(t.LicenceStatus), $"{t.WorkCount:N0}", $"{t.EventCount:N0}", $"{t.Units:N0} {t.UnitKind}");
        }

        await output.WriteLineAsync("Totals:");
        await totals.WriteAsync(output);
    }

    public static async Task WriteAsync(TextWriter output, ModelsTrainedOnCreator report)
    {
        await output.WriteLineAsync($"Models trained or fine-tuned on works of creator {report.CreatorId}: {report.Models.Select(m => m.ModelId).Distinct().Count():N0}");
        var table = new Table("MODEL", "OPERATOR", "WORK", "TITLE", "USE", "STATUS", "EVENTS", "UNITS", "FIRST USE", "LAST USE").AlignRight(6, 7);
        foreach (var model in report.Models)
        {
            foreach (var work in model.Works)
            {
                foreach (var u in work.Uses)
                {
                    table.Add(model.ModelId, model.OperatorId, work.WorkId, work.Title, UseNames.Of(u.Use), Status(u.LicenceStatus),
                        $"{u.EventCount:N0}", $"{u.Units:N0} {u.UnitKind}", IsoTime.Format(u.FirstUsedAt), IsoTime.Format(u.LastUsedAt));
                }
            }
        }

        await table.WriteAsync(output);
    }

    /// <summary>A refused use is a violation, and says so.</summary>
    private static string Status(string status) => status == "refused" ? "refused (violation)" : status;
}
