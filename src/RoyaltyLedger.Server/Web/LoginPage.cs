using System.Text;

namespace RoyaltyLedger.Server.Web;

/// <summary>The sign-in form: one field for the API key, posted back to /statements/login.</summary>
internal static class LoginPage
{
    public static string Render(string returnTo, string? problem, string? notice)
    {
        var body = new StringBuilder("<section class=\"login\"><h1>Creator statements</h1>");
        body.Append("<p class=\"muted\">Sign in with your RoyaltyLedger API key (creators see their own statement; ")
            .Append("societies and admins any creator's). The key is kept in a cookie only this site can read.</p>");
        if (problem is not null)
        {
            body.Append("<div class=\"error\" id=\"problem\"><p>").Append(Html.Encode(problem)).Append("</p></div>");
        }

        if (notice is not null)
        {
            body.Append("<p id=\"notice\">").Append(Html.Encode(notice)).Append("</p>");
        }

        body.Append("<form method=\"post\" action=\"/statements/login\">")
            .Append("<label for=\"api_key\">API key<input id=\"api_key\" name=\"api_key\" type=\"password\" autocomplete=\"off\" ")
            .Append("required maxlength=\"").Append(PageAuth.MaxKeyLength).Append("\" placeholder=\"rlk_…\"></label>")
            .Append("<input type=\"hidden\" name=\"return\" value=\"").Append(Html.Encode(returnTo)).Append("\">")
            .Append("<button type=\"submit\" id=\"sign-in\">Sign in</button></form></section>");
        return Layout.Page("Sign in", body.ToString());
    }
}
