using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Sessions;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Sessions;

/// <summary>
/// The statement pages' sessions against the real server: the key is checked once at sign-in and never stored in a
/// cookie; forms carry tokens; a session is read by every server on the same database and after a restart; it ends on
/// sign-out, at its lifetime, and within the revocation bound of its key's revocation.
/// </summary>
public abstract class PageSessionTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private async Task<(Slice Slice, string Key, string KeyId)> CreatorAsync(string prefix)
    {
        var s = await new Slice(prefix).RegisterAsync(Server.Admin);
        var key = (await Server.ClientsForAsync(Role.Creator, s.Composer)).ApiKey;
        return (s, key, key.Split('_')[1]);
    }

    /// <summary>A second server on the same database whose session and key-cache clock the test moves.</summary>
    private Task<LedgerServer> StartWithClockAsync(FakeTimeProvider clock) => fixture.StartWithAsync(b =>
    {
        b.Services.AddSingleton(sp => new ApiKeyAuthenticator(sp.GetRequiredService<IApiKeyStore>(), clock));
        b.Services.PostConfigure<CookieAuthenticationOptions>(PageSessions.Scheme, o => o.TimeProvider = clock);
    });

    [Fact]
    public async Task SignIn_CreatorKey_SessionCookieHoldsNoKeyAndOpensTheStatement()
    {
        var (s, key, keyId) = await CreatorAsync($"{Prefix}-sess-in");
        using var browser = new PageBrowser();

        var (signIn, _) = await browser.SignInAsync(Server.Address, key);
        var (page, body) = await browser.GetAsync($"{Server.Address}/statements/{s.Composer}");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/statements/{s.Composer}", signIn.Headers.Location!.OriginalString);
        var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PageSessions.CookieName + "=", StringComparison.Ordinal));
        Assert.DoesNotContain(key, session, StringComparison.Ordinal);
        Assert.DoesNotContain(key[(key.IndexOf('_', 4) + 1)..], session, StringComparison.Ordinal);
        Assert.DoesNotContain(keyId, session, StringComparison.Ordinal);
        Assert.EndsWith("; path=/statements; samesite=strict; httponly", session, StringComparison.Ordinal);
        var expires = DateTimeOffset.Parse(session.Split("; expires=")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, PageSessions.Lifetime - TimeSpan.FromMinutes(5), PageSessions.Lifetime);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"creator-name\">Composer Person<", body, StringComparison.Ordinal);
        Assert.All(browser.Cookies.Values, v => Assert.DoesNotContain(key, v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_WithoutOrWithForeignFormToken_RefusedWithoutSession()
    {
        var (_, key, _) = await CreatorAsync($"{Prefix}-sess-csrf");
        using var attacker = new PageBrowser();
        var attackerToken = await attacker.FormTokenAsync(Server.Address);
        using var victim = new PageBrowser();
        await victim.FormTokenAsync(Server.Address);

        var (missing, missingBody) = await victim.PostFormAsync($"{Server.Address}/statements/login", [new("api_key", key), new("return", "")]);
        var missingCookies = victim.LastSetCookies;
        var (foreign, _) = await victim.PostFormAsync($"{Server.Address}/statements/login", [new("api_key", key), new("return", ""), attackerToken]);
        var foreignCookies = victim.LastSetCookies;

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("this sign-in did not come from this server&#x27;s sign-in form", missingBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.DoesNotContain(missingCookies.Concat(foreignCookies), c => c.StartsWith(PageSessions.CookieName + "=", StringComparison.Ordinal));
        Assert.False(victim.Cookies.ContainsKey(PageSessions.CookieName));
        // The refusal re-renders the form with a fresh token, which works.
        var (retry, _) = await victim.PostFormAsync($"{Server.Address}/statements/login",
            [new("api_key", key), new("return", ""), PageBrowser.TokenIn(missingBody)], origin: Server.Address);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.True(victim.Cookies.ContainsKey(PageSessions.CookieName));
    }

    [Fact]
    public async Task SignOut_WithoutTokenAsksAgainAndWithTokenEnds()
    {
        var (s, key, _) = await CreatorAsync($"{Prefix}-sess-out");
        using var browser = new PageBrowser();
        await browser.SignInAsync(Server.Address, key);

        var (forged, forgedBody) = await browser.PostFormAsync($"{Server.Address}/statements/logout", []);
        var forgedCookies = browser.LastSetCookies;
        var (still, _) = await browser.GetAsync($"{Server.Address}/statements/{s.Composer}");
        var (signOut, _) = await browser.PostFormAsync($"{Server.Address}/statements/logout", [PageBrowser.TokenIn(forgedBody)], origin: Server.Address);
        var (after, _) = await browser.GetAsync($"{Server.Address}/statements/{s.Composer}");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("the session is still open", forgedBody, StringComparison.Ordinal);
        Assert.DoesNotContain(forgedCookies, c => c.StartsWith(PageSessions.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/statements/login", signOut.Headers.Location!.OriginalString);
        Assert.False(browser.Cookies.ContainsKey(PageSessions.CookieName));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/statements/login?return=", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedKey_EndsAtOnceOnTheRevokingServerAndWithinTheBoundOnAnother()
    {
        var (s, key, keyId) = await CreatorAsync($"{Prefix}-sess-revoke");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var other = await StartWithClockAsync(clock);
        using var here = new PageBrowser();
        await here.SignInAsync(Server.Address, key);
        using var there = here.Copy();
        var statement = $"/statements/{s.Composer}";

        // A cookie issued by one server is read by another on the same database: they share the key ring.
        var (before, _) = await there.GetAsync(other.Address + statement);
        await Server.Admin.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = keyId });
        var (revokingServer, _) = await here.GetAsync(Server.Address + statement);
        clock.Advance(PageSessions.RevocationBound - TimeSpan.FromTicks(1));
        var (withinBound, _) = await there.GetAsync(other.Address + statement);
        clock.Advance(TimeSpan.FromTicks(1));
        var (atBound, _) = await there.GetAsync(other.Address + statement);

        Assert.Equal(TimeSpan.FromSeconds(30), PageSessions.RevocationBound);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revokingServer.StatusCode);
        Assert.False(here.Cookies.ContainsKey(PageSessions.CookieName), "the revoking server deletes the session cookie");
        Assert.Equal(HttpStatusCode.OK, withinBound.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, atBound.StatusCode);
        Assert.Equal($"/statements/login?return={Uri.EscapeDataString(statement)}", atBound.Headers.Location!.OriginalString);
        Assert.False(there.Cookies.ContainsKey(PageSessions.CookieName), "the other server deletes the session cookie too");
    }

    [Fact]
    public async Task Session_AtAndPastItsLifetime_OpensThenSendsToSignIn()
    {
        var (s, key, _) = await CreatorAsync($"{Prefix}-sess-life");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await StartWithClockAsync(clock);
        using var browser = new PageBrowser();
        await browser.SignInAsync(server.Address, key);
        using var client = browser.Copy();
        var statement = $"{server.Address}/statements/{s.Composer}.csv";

        clock.Advance(PageSessions.Lifetime - TimeSpan.FromSeconds(1));
        var (justBefore, _) = await browser.GetAsync(statement);
        clock.Advance(TimeSpan.FromSeconds(2));
        var (past, _) = await browser.GetAsync(statement);
        var (pastAsClient, pastBody) = await client.GetAsync(statement, html: false);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, past.StatusCode);
        Assert.StartsWith("/statements/login?return=", past.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(browser.Cookies.ContainsKey(PageSessions.CookieName));
        Assert.Equal(HttpStatusCode.Unauthorized, pastAsClient.StatusCode);
        Assert.Equal("the session has ended (a session lasts 8 hours from sign-in); sign in at /statements/login or send 'Authorization: Bearer <key>'\n", pastBody);
    }

    [Fact]
    public async Task Session_AfterServerRestart_StillOpensTheStatement()
    {
        var (s, key, _) = await CreatorAsync($"{Prefix}-sess-restart");
        using var browser = new PageBrowser();
        await browser.SignInAsync(Server.Address, key);

        await fixture.RestartAsync();
        var (page, _) = await browser.GetAsync($"{Server.Address}/statements/{s.Composer}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    protected abstract string Prefix { get; }
}

public sealed class SqlitePageSessionTests(SqliteServerFixture fixture) : PageSessionTests(fixture), IClassFixture<SqliteServerFixture>
{
    protected override string Prefix => "sq";
}

public sealed class PostgresPageSessionTests(PostgresServerFixture fixture) : PageSessionTests(fixture), IClassFixture<PostgresServerFixture>
{
    protected override string Prefix => "pg";
}
