using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using RoyaltyLedger.Application.Sessions;
using RoyaltyLedger.Server.Web;

namespace RoyaltyLedger.Server.Sessions;

/// <summary>Wires the statement pages' sessions: data protection on the ledger database, the session cookie, form tokens.</summary>
public static class SessionRegistration
{
    /// <summary>
    /// Every server of a cluster must use the same name: data protection derives its keys' purposes from it (by default
    /// from the folder the server runs in, which differs from server to server).
    /// </summary>
    public const string ApplicationName = "RoyaltyLedger";

    public const string FormCookieName = "rl_form";

    public static IServiceCollection AddPageSessions(this IServiceCollection services)
    {
        // The sign-in page is a Razor component rendered on the server.
        services.AddRazorComponents();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<ISessionKeyStore, TimeProvider>(
            (o, store, clock) => o.XmlRepository = new LedgerXmlRepository(store, clock));
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SessionKeyRingStart>();
        // Its warning that keys are stored unencrypted is the design, not an accident: the ring is in the ledger
        // database, as secret as the API key hashes beside it, and protected as the database is (docs/sessions.md).
        services.AddLogging(l => l.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        services.AddSingleton<SessionEvents>();
        services.AddAuthentication().AddCookie(PageSessions.Scheme, o =>
        {
            o.Cookie.Name = PageSessions.CookieName;
            o.Cookie.Path = PageAuth.CookiePath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.IsEssential = true;
            o.ExpireTimeSpan = PageSessions.Lifetime;
            o.SlidingExpiration = false;
            o.EventsType = typeof(SessionEvents);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = FormCookieName;
            o.Cookie.Path = PageAuth.CookiePath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
