using System.Globalization;
using System.Text;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// The statement page's account table: per currency, what the creator's uses accrued, the adjustments for past uses,
/// the society's commission, what was paid, what is carried forward, and claims not yet settled. Each amount carries
/// data-account and data-nanos so a reader gets the exact integer.
/// </summary>
internal static class StatementAccounts
{
    public static string Render(CreatorStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Accounts.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<h2>Account</h2><p class=\"muted\">All months, as the ledger's journal holds them: accrued + adjustments − commission − paid = carried forward.</p>")
            .Append("<table id=\"accounts\"><thead><tr><th>Currency</th><th>Accrued</th><th>Adjustments for past uses</th><th>Commission</th>")
            .Append("<th>Paid</th><th>Carried forward</th><th>Claims not yet settled</th></tr></thead><tbody>");
        foreach (var a in statement.Accounts)
        {
            html.Append("<tr><td>").Append(Html.Encode(a.Currency)).Append("</td>");
            foreach (var (name, nanos) in new[]
            {
                ("accrued", Int128Wire.Parse(a.AccruedNanos, "accrued_nanos")), ("adjustments", Int128Wire.Parse(a.AdjustmentsNanos, "adjustments_nanos")),
                ("commission", Int128Wire.Parse(a.CommissionNanos, "commission_nanos")), ("paid", Int128Wire.Parse(a.PaidNanos, "paid_nanos")),
                ("owed", Int128Wire.Parse(a.OwedNanos, "owed_nanos")), ("claims", Int128Wire.Parse(a.ClaimsNanos, "claims_nanos")),
            })
            {
                html.Append("<td class=\"num\" data-account=\"").Append(name).Append("\" data-currency=\"").Append(Html.Encode(a.Currency))
                    .Append("\" data-nanos=\"").Append(nanos.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(MoneyFormat.Nanos(nanos)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
