using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Sessions;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// Who is asking for a statement page: "Authorization: Bearer &lt;key&gt;" first, checked on every request as a gRPC
/// call is; else the session the sign-in form started (<see cref="PageSessions"/>), whose cookie names the key but never
/// holds it. The statement handler calls <see cref="AuthenticateAsync"/> and, to draw the sign-out button,
/// <see cref="SignOutToken"/>.
/// </summary>
internal static class PageAuth
{
    public const string CookiePath = "/statements";

    /// <summary>The longest key the pages accept; real keys are 61 characters.</summary>
    public const int MaxKeyLength = 200;

    public static async Task<PageAccess> AuthenticateAsync(HttpContext context, ApiKeyAuthenticator authenticator)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authenticator);
        if (BearerKey(context.Request) is { } key)
        {
            var check = await authenticator.CheckAsync(key, context.RequestAborted);
            return check.Caller is { } caller
                ? new PageAccess(caller, null, false)
                : new PageAccess(null, Unauthenticated(context, check.Problem!, fromHeader: true), false);
        }

        var session = await PageSessions.AuthenticateAsync(context);
        return session?.Caller is { } signedIn
            ? new PageAccess(signedIn, null, true)
            : new PageAccess(null, Unauthenticated(context, session?.Problem ?? "no API key was presented", fromHeader: false), false);
    }

    /// <summary>The token the page's sign-out form posts (after <see cref="AuthenticateAsync"/>, which binds it to the session).</summary>
    public static FormToken SignOutToken(HttpContext context) => FormToken.For(context);

    public static string? BearerKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Browsers ask for HTML and are sent to the sign-in form; other clients get 401 and a sentence.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A form post must come from this server's own pages: browsers send Origin with every POST, and a post from
    /// another site is refused before its form token is even read.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where to go after signing in: a statement page of this server, never another site.</summary>
    public static string SafeReturn(string? target) =>
        target is { Length: > 0 and <= 512 } t && t.StartsWith(CookiePath + "/", StringComparison.Ordinal)
            && !t.Contains("//", StringComparison.Ordinal) && !t.Contains('\\', StringComparison.Ordinal)
            && !t.StartsWith(CookiePath + "/login", StringComparison.Ordinal) && !t.StartsWith(CookiePath + "/logout", StringComparison.Ordinal)
            ? t
            : "";

    private static IResult Unauthenticated(HttpContext context, string problem, bool fromHeader)
    {
        if (!fromHeader && WantsHtml(context.Request))
        {
            var back = context.Request.Path + context.Request.QueryString;
            return Results.Redirect($"{CookiePath}/login?return={Uri.EscapeDataString(back)}");
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return PageResults.Problem(context, StatusCodes.Status401Unauthorized, "Sign in",
            [$"{problem}; sign in at {CookiePath}/login or send 'Authorization: Bearer <key>'"]);
    }
}
