namespace RoyaltyLedger.Server.Web;

/// <summary>The HTML document around a page's body.</summary>
internal static class Layout
{
    /// <param name="title">Plain text; encoded here.</param>
    /// <param name="body">Markup built with every user-supplied value already encoded.</param>
    public static string Page(string title, string body) =>
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{Html.Encode(title)} · RoyaltyLedger</title><style>{PageStyles.Css}</style></head>" +
        $"<body><main>{body}</main></body></html>\n";
}
