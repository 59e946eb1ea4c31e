using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Web;

/// <summary>GET and POST /statements/login, POST /statements/logout.</summary>
internal static class LoginEndpoints
{
    /// <summary>A posted form larger than this is refused before it is read: it only carries a key and a path.</summary>
    public const int MaxFormBytes = 4 * 1024;

    public static IResult Show(HttpContext context) =>
        PageResults.Page(context, LoginPage.Render(PageAuth.SafeReturn(context.Request.Query["return"].ToString()), null, null));

    public static async Task<IResult> SignInAsync(HttpContext context, ApiKeyAuthenticator authenticator)
    {
        var request = context.Request;
        if (!PageAuth.IsSameOrigin(request))
        {
            return PageResults.Problem(context, StatusCodes.Status403Forbidden, "Refused",
                [$"a sign-in posted from {request.Headers.Origin} is refused: sign in from this server's own form"]);
        }

        if (!request.HasFormContentType || request.ContentLength is null or > MaxFormBytes)
        {
            return PageResults.Problem(context, StatusCodes.Status400BadRequest, "Bad sign-in",
                [$"the sign-in must be a form of at most {MaxFormBytes:N0} bytes with the field api_key"]);
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var key = form["api_key"].ToString().Trim();
        var returnTo = PageAuth.SafeReturn(form["return"].ToString());
        var check = key.Length > PageAuth.MaxKeyLength
            ? KeyCheck.Refused($"api_key is {key.Length:N0} characters long, at most {PageAuth.MaxKeyLength} are accepted")
            : await authenticator.CheckAsync(key.Length == 0 ? null : key, context.RequestAborted);
        if (check.Caller is not { } caller)
        {
            return PageResults.Page(context, LoginPage.Render(returnTo, check.Problem, null), StatusCodes.Status401Unauthorized);
        }

        PageAuth.SetCookie(context, key);
        if (returnTo.Length == 0 && caller.Role == Roles.Creator && caller.PartyId is { } creator)
        {
            returnTo = $"{PageAuth.CookiePath}/{Uri.EscapeDataString(creator)}";
        }

        return returnTo.Length > 0
            ? Results.Redirect(returnTo, permanent: false, preserveMethod: false)
            : PageResults.Page(context, LoginPage.Render("", null,
                $"Signed in as {caller}. Open /statements/CREATOR_ID for a creator's statement."));
    }

    public static IResult SignOut(HttpContext context)
    {
        if (!PageAuth.IsSameOrigin(context.Request))
        {
            return PageResults.Problem(context, StatusCodes.Status403Forbidden, "Refused", ["a sign-out must come from this server's own pages"]);
        }

        PageAuth.ClearCookie(context);
        return Results.Redirect($"{PageAuth.CookiePath}/login", permanent: false, preserveMethod: false);
    }
}
