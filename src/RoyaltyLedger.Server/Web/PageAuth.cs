namespace RoyaltyLedger.Server.Web;

/// <summary>
/// How the statement pages find the caller's API key: "Authorization: Bearer &lt;key&gt;" first, else the cookie that
/// signing in sets. The cookie holds the key itself, HttpOnly and SameSite=Strict, so every request is checked exactly
/// as a gRPC call is (a revoked key stops working within the authenticator's cache time) and any server of a cluster
/// accepts it.
/// </summary>
internal static class PageAuth
{
    public const string CookieName = "rl_statement_key";

    public const string CookiePath = "/statements";

    /// <summary>A signed-in browser is asked for the key again after this long.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    /// <summary>The longest key the pages accept; real keys are 61 characters.</summary>
    public const int MaxKeyLength = 200;

    public static (string? Key, bool FromHeader) PresentedKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (authorization["Bearer ".Length..].Trim(), true);
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie) && cookie.Length > 0 ? (cookie, false) : (null, false);
    }

    /// <summary>Browsers ask for HTML and are sent to the sign-in form; other clients get 401 and a sentence.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static void SetCookie(HttpContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, key, Options(context, CookieLifetime));
    }

    public static void ClearCookie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, Options(context, null));
    }

    /// <summary>
    /// A form post must come from this server's own pages: browsers send Origin with every POST, and a post from
    /// another site (signing the visitor in under someone else's key, or out) is refused.
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
            && !t.StartsWith(CookiePath + "/login", StringComparison.Ordinal)
            ? t
            : "";

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = CookiePath,
        MaxAge = maxAge,
        IsEssential = true,
    };
}
