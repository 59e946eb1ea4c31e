using Microsoft.AspNetCore.Authentication.Cookies;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Sessions;

/// <summary>
/// Checks every session against its key's record (cached as gRPC caches it): a revoked or deleted key, or one whose
/// role or party differs from what the session says, ends the session.
/// </summary>
internal sealed class SessionEvents(ApiKeyAuthenticator authenticator) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claimed = PageSessions.CallerOf(context.Principal);
        if (claimed is null)
        {
            context.RejectPrincipal();
            await PageSessions.EndAsync(context.HttpContext, "the session names no API key; sign in again");
            return;
        }

        var check = await authenticator.CheckKeyIdAsync(claimed.KeyId, context.HttpContext.RequestAborted);
        if (check.Caller == claimed)
        {
            return;
        }

        context.RejectPrincipal();
        await PageSessions.EndAsync(context.HttpContext, check.Problem ?? $"API key {claimed.KeyId} no longer carries this session's role and party");
    }
}
