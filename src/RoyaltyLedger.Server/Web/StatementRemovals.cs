using System.Globalization;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// The statement's removal requests: each with its status and evidence (or, once withdrawn, when, by whom and why), and
/// a violated one flagged with the uses reported after the attested removal. Each row carries data-removal-id,
/// data-status and data-uses-after for readers.
/// </summary>
internal static class StatementRemovals
{
    public static string Render(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Removals.Count == 0)
        {
            return "";
        }

        var violated = statement.Removals.Count(r => r.Status == RemovalStates.Violated);
        var html = new StringBuilder("<h2>Removal requests</h2>");
        if (violated > 0)
        {
            html.Append("<p class=\"error\" id=\"removal-violations\">").Append(violated.ToString("N0", CultureInfo.InvariantCulture))
                .Append(violated == 1 ? " removal was" : " removals were")
                .Append(" violated: a model was trained or fine-tuned on the work after the operator attested its removal.</p>");
        }

        html.Append("<table id=\"removals\"><thead><tr><th>Request</th><th>Work</th><th>Operator</th><th>Model</th><th>Status</th>")
            .Append("<th>Requested</th><th>Removal attested</th><th class=\"num\">Uses after removal</th></tr></thead><tbody>");
        foreach (var removal in statement.Removals)
        {
            AppendRow(html, removal);
        }

        if (statement.MoreRemovals)
        {
            html.Append("<tr><td colspan=\"8\" class=\"muted\">More requests exist than are shown here; list them with <code>royalty removals list</code>.</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static void AppendRow(StringBuilder html, RemovalRequest r)
    {
        var violated = r.Status == RemovalStates.Violated;
        var uses = r.UsesAfterRemoval.ToString("N0", CultureInfo.InvariantCulture);
        html.Append(violated ? "<tr class=\"violation\"" : "<tr").Append(" data-removal-id=\"").Append(Html.Encode(r.RequestId))
            .Append("\" data-status=\"").Append(Html.Encode(r.Status)).Append("\" data-uses-after=\"")
            .Append(r.UsesAfterRemoval.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append("<td><code>").Append(Html.Encode(r.RequestId)).Append("</code>")
            .Append(r.Origin == RemovalOrigins.RefusedUse ? "<br><small>opened by the ledger: training you refused</small>" : "").Append("</td>")
            .Append("<td>").Append(Html.Encode(r.WorkId)).Append("</td>")
            .Append("<td>").Append(Html.Encode(r.OperatorId)).Append("</td>")
            .Append("<td>").Append(r.ModelId.Length == 0 ? "<span class=\"muted\">all its models</span>" : Html.Encode(r.ModelId)).Append("</td>")
            .Append("<td><span class=\"badge ").Append(Html.Encode(r.Status)).Append("\">")
            .Append(violated ? "violated · trained after removal" : Html.Encode(r.Status)).Append("</span>")
            .Append(r.Withdrawal is { } withdrawn ? "<br><small>" + Day(withdrawn.WithdrawnAt) + "</small>" : "").Append("</td>")
            .Append("<td>").Append(Day(r.RequestedAt)).Append("</td><td>");
        if (r.Withdrawal is { } w)
        {
            html.Append("<span class=\"muted\">withdrawn ").Append(Day(w.WithdrawnAt)).Append(" by ")
                .Append(Html.Encode(w.WithdrawnBy.Length == 0 ? w.WithdrawnByRole : $"{w.WithdrawnByRole} {w.WithdrawnBy}")).Append("</span><br><small>")
                .Append(Html.Encode(w.Note)).Append("</small>");
        }
        else if (r.Attestation is { } a)
        {
            html.Append("removed ").Append(Day(a.RemovedAt)).Append(" from <code>").Append(Html.Encode(a.ModelVersion)).Append("</code><br><small>")
                .Append(Html.Encode(a.Method)).Append(" · SHA-256 <code title=\"").Append(Html.Encode(a.ContentHashHex)).Append("\">")
                .Append(Html.Encode(a.ContentHashHex[..Math.Min(12, a.ContentHashHex.Length)])).Append("…</code></small>");
        }
        else
        {
            html.Append("<span class=\"muted\">not yet</span>");
        }

        html.Append("</td><td class=\"num\">").Append(r.Attestation is null ? "" : (r.UsesAfterRemovalAtLeast ? "at least " : "") + uses).Append("</td></tr>");
    }

    private static string Day(Timestamp? at) =>
        at is null ? "" : Html.Encode(at.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
}
