using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace RoyaltyLedger.Server.Web;

/// <summary>Responses of the statement pages: HTML with a strict content policy, or plain text for clients that did not ask for HTML.</summary>
internal static class PageResults
{
    // Inline styles only: no script, no frames, forms post back here. Nothing on the page needs more.
    private const string ContentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IResult Page(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        Secure(context.Response);
        context.Response.Headers.ContentSecurityPolicy = ContentPolicy;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A page rendered by a Razor component, with the same headers as <see cref="Page"/>.</summary>
    public static IResult Component<TComponent>(HttpContext context, IReadOnlyDictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(context);
        Secure(context.Response);
        context.Response.Headers.ContentSecurityPolicy = ContentPolicy;
        return new RazorComponentResult<TComponent>(parameters) { StatusCode = status };
    }

    public static IResult Download(HttpContext context, string content, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        Secure(context.Response);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Content(content, contentType, Encoding.UTF8);
    }

    /// <summary>An error: an HTML page for browsers, the sentences as plain text for everyone else.</summary>
    public static IResult Problem(HttpContext context, int status, string title, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sentences);
        if (!PageAuth.WantsHtml(context.Request))
        {
            Secure(context.Response);
            return Results.Text(string.Join("\n", sentences) + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
        }

        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Encode(title)).Append("</h1><div class=\"error\" id=\"problem\">");
        foreach (var sentence in sentences)
        {
            body.Append("<p>").Append(Html.Encode(sentence)).Append("</p>");
        }

        body.Append("</div><p><a href=\"/statements/login\">Sign in with another key</a></p>");
        return Page(context, Layout.Page(title, body.ToString()), status);
    }

    private static void Secure(HttpResponse response)
    {
        // Statements are private: never cached, never sniffed into another type.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        // "same-origin", not "no-referrer": under no-referrer a browser posts the sign-in form with Origin: null.
        response.Headers["Referrer-Policy"] = "same-origin";
    }
}
