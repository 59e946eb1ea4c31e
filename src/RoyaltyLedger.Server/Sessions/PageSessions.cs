using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Sessions;

/// <summary>
/// The statement pages' sessions: after the sign-in form's key is checked once, the browser holds an ASP.NET Core
/// authentication cookie naming the key's id, role and party (never the key), encrypted and signed with the cluster's
/// data protection keys (<see cref="LedgerXmlRepository"/>). A session ends when it is signed out, <see cref="Lifetime"/>
/// after sign-in, or within <see cref="RevocationBound"/> of its key's revocation (<see cref="SessionEvents"/>).
/// </summary>
internal static class PageSessions
{
    public const string Scheme = "statement-session";

    public const string CookieName = "rl_session";

    /// <summary>A session lasts this long from sign-in, however much it is used (no sliding renewal); then the key is asked for again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// A session is checked against its key's record on every request, through the authenticator's cache, so the
    /// record is read again at most this long after the last read: a revoked key's sessions end within this bound.
    /// </summary>
    public static TimeSpan RevocationBound => ApiKeyAuthenticator.CacheFor;

    private const string KeyIdClaim = "royaltyledger:key_id";

    private const string PartyClaim = "royaltyledger:party_id";

    private static readonly object ProblemItem = new();

    public static ClaimsPrincipal Principal(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, caller.KeyId), new(KeyIdClaim, caller.KeyId), new(ClaimTypes.Role, caller.Role) };
        if (caller.PartyId is { } party)
        {
            claims.Add(new Claim(PartyClaim, party));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The caller a session's principal names, or null when it names no key or no role.</summary>
    public static Caller? CallerOf(ClaimsPrincipal? principal) =>
        principal?.FindFirst(KeyIdClaim)?.Value is { Length: > 0 } keyId && principal.FindFirst(ClaimTypes.Role)?.Value is { Length: > 0 } role
            ? new Caller(keyId, role, principal.FindFirst(PartyClaim)?.Value)
            : null;

    /// <summary>Issues the session cookie for a caller whose key was just checked, and makes it this request's user.</summary>
    public static async Task SignInAsync(HttpContext context, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = Principal(caller);
        await context.SignInAsync(Scheme, principal, new AuthenticationProperties { IsPersistent = true, AllowRefresh = false });
        context.User = principal;
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>
    /// The request's session: null when the browser sent no session cookie; else the caller (also made the request's
    /// user, which the form tokens are bound to), or why the session no longer holds, its cookie then deleted.
    /// </summary>
    public static async Task<KeyCheck?> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(Scheme);
        if (result.Succeeded && CallerOf(result.Principal) is { } caller)
        {
            context.User = result.Principal!;
            return KeyCheck.Accepted(caller);
        }

        if (!context.Request.Cookies.ContainsKey(CookieName))
        {
            return null;
        }

        if (context.Items[ProblemItem] is string refused)
        {
            return KeyCheck.Refused(refused);
        }

        // Expired, or sealed with keys this cluster does not hold (another deployment, or a wiped database): forget it.
        await SignOutAsync(context);
        return KeyCheck.Refused($"the session has ended (a session lasts {Lifetime.TotalHours:N0} hours from sign-in)");
    }

    /// <summary>Ends the session being validated: its cookie is deleted and the reason kept for the response.</summary>
    public static async Task EndAsync(HttpContext context, string problem)
    {
        context.Items[ProblemItem] = problem;
        await SignOutAsync(context);
    }
}
