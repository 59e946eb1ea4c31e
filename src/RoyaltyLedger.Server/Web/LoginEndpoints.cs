using Microsoft.AspNetCore.Antiforgery;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Sessions;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// GET and POST /statements/login, POST /statements/logout. The key is checked once, at sign-in; the browser then holds
/// a session (<see cref="PageSessions"/>). Both posts carry a form token (<see cref="FormToken"/>).
/// </summary>
internal static class LoginEndpoints
{
    /// <summary>A posted form larger than this is refused before it is read: it only carries a key, a path and a token.</summary>
    public const int MaxFormBytes = 4 * 1024;

    public static async Task<IResult> ShowAsync(HttpContext context)
    {
        await PageSessions.AuthenticateAsync(context);
        return Login(context, PageAuth.SafeReturn(context.Request.Query["return"].ToString()), null, null);
    }

    public static async Task<IResult> SignInAsync(HttpContext context, ApiKeyAuthenticator authenticator, IAntiforgery antiforgery)
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

        // The token is bound to whoever is signed in now, so the session (if any) is read first.
        await PageSessions.AuthenticateAsync(context);
        var form = await request.ReadFormAsync(context.RequestAborted);
        var returnTo = PageAuth.SafeReturn(form["return"].ToString());
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Login(context, returnTo,
                "this sign-in did not come from this server's sign-in form, or the form was too old: sign in with the form below", null,
                StatusCodes.Status400BadRequest);
        }

        var key = form["api_key"].ToString().Trim();
        var check = key.Length > PageAuth.MaxKeyLength
            ? KeyCheck.Refused($"api_key is {key.Length:N0} characters long, at most {PageAuth.MaxKeyLength} are accepted")
            : await authenticator.CheckAsync(key.Length == 0 ? null : key, context.RequestAborted);
        if (check.Caller is not { } caller)
        {
            return Login(context, returnTo, check.Problem, null, StatusCodes.Status401Unauthorized);
        }

        await PageSessions.SignInAsync(context, caller);
        if (returnTo.Length == 0 && caller.Role == Roles.Creator && caller.PartyId is { } creator)
        {
            returnTo = $"{PageAuth.CookiePath}/{Uri.EscapeDataString(creator)}";
        }

        return returnTo.Length > 0
            ? Results.Redirect(returnTo, permanent: false, preserveMethod: false)
            : Login(context, "", null, $"Signed in as {caller}. Open /statements/CREATOR_ID for a creator's statement.");
    }

    /// <summary>
    /// Ends the session. A sign-out without a valid token (a stale page, or a form on another site) ends nothing: it is
    /// answered with a page whose own form signs out, so a forged post costs the visitor a click and never their session.
    /// </summary>
    public static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!PageAuth.IsSameOrigin(context.Request))
        {
            return PageResults.Problem(context, StatusCodes.Status403Forbidden, "Refused", ["a sign-out must come from this server's own pages"]);
        }

        var session = await PageSessions.AuthenticateAsync(context);
        if (session?.Caller is { } caller && !await antiforgery.IsRequestValidAsync(context))
        {
            return PageResults.Component<SignOutPage>(context, new Dictionary<string, object?>
            {
                [nameof(SignOutPage.Caller)] = caller.ToString(),
                [nameof(SignOutPage.Token)] = FormToken.For(context),
            }, StatusCodes.Status400BadRequest);
        }

        if (session?.Caller is not null)
        {
            await PageSessions.SignOutAsync(context);
        }

        return Results.Redirect($"{PageAuth.CookiePath}/login", permanent: false, preserveMethod: false);
    }

    private static IResult Login(HttpContext context, string returnTo, string? problem, string? notice, int status = StatusCodes.Status200OK) =>
        PageResults.Component<LoginPage>(context, new Dictionary<string, object?>
        {
            [nameof(LoginPage.Token)] = FormToken.For(context),
            [nameof(LoginPage.ReturnTo)] = returnTo,
            [nameof(LoginPage.Problem)] = problem,
            [nameof(LoginPage.Notice)] = notice,
        }, status);
}
