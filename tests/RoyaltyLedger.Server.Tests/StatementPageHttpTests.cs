using System.Net;
using System.Net.Http.Headers;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The statement pages over plain HTTP: who gets in, what a bad request says, and that the downloads are the CLI's exports.</summary>
public sealed class StatementPageHttpTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private LedgerServer Server => fixture.Server;

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    public void Dispose() => _http.Dispose();

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(string path, string? key = null, bool html = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Server.Address + path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html");
        }

        var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task GetStatementPage_NoKey_401ForClientsAndSignInRedirectForBrowsers()
    {
        var client = await GetAsync("/statements/nobody?from=2026-01");
        var browser = await GetAsync("/statements/nobody?from=2026-01", html: true);

        Assert.Equal(HttpStatusCode.Unauthorized, client.Status);
        Assert.Equal("no API key was presented; sign in at /statements/login or send 'Authorization: Bearer <key>'\n", client.Body);
        Assert.Equal("Bearer", client.Response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Redirect, browser.Status);
        Assert.Equal("/statements/login?return=%2Fstatements%2Fnobody%3Ffrom%3D2026-01", browser.Response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task GetStatementPage_OtherCreatorsKeyOrBadMonth_403Or400WithSentence()
    {
        var s = await new Slice("http-deny").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var keyId = composer.ApiKey.Split('_')[1];

        var other = await GetAsync($"/statements/{s.Lyricist}", composer.ApiKey);
        var badMonth = await GetAsync($"/statements/{s.Composer}.csv?from=2026-13&to=2026-1", composer.ApiKey);
        var badKey = await GetAsync($"/statements/{s.Composer}", "rlk_000000000000_wrong");

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal($"creator {s.Composer} (key {keyId}) may not read the statement of creator {s.Lyricist}: a creator's key opens only that creator's own statement.\n", other.Body);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.Status);
        Assert.Equal("from '2026-13' is not a month yyyy-MM\nto '2026-1' is not a month yyyy-MM\n", badMonth.Body);
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.Status);
        Assert.Equal("API key 000000000000 is not valid; sign in at /statements/login or send 'Authorization: Bearer <key>'\n", badKey.Body);
    }

    [Fact]
    public async Task GetStatementCsvAndJson_CreatorKey_SameBytesAsCliExports()
    {
        var s = (await MonthsOfUse.SendAsync(Server, "http-export")).Slice;
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        // Reads no longer wait for the projection unless asked: the first waits, so that every export shows the uses.
        var cliCsv = await RoyaltyAsync(composer.ApiKey, "statement", "--creator", s.Composer, "--from", "2026-11", "--format", "csv", "--wait");
        var cliJson = await RoyaltyAsync(composer.ApiKey, "statement", "--creator", s.Composer, "--from", "2026-11", "--json");

        var csv = await GetAsync($"/statements/{s.Composer}.csv?from=2026-11", composer.ApiKey);
        var json = await GetAsync($"/statements/{s.Composer}.json?from=2026-11", composer.ApiKey);

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv; charset=utf-8", csv.Response.Content.Headers.ContentType!.ToString());
        Assert.Equal($"attachment; filename=\"statement-{s.Composer}-2026-11.csv\"", csv.Response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(cliCsv, csv.Body);
        Assert.Equal(
            "creator_id,period,work_id,work_title,operator_id,model_id,use,licence_status,event_count,units,unit_kind,currency,amount_nanos\r\n" +
            "http-export-composer,2026-11,http-export-song,The Song,http-export-op,http-export-model,training,licensed,1,2500000,tokens,EUR,3000000000\r\n" +
            "http-export-composer,2026-11,http-export-song,The Song,http-export-op,http-export-model,output,refused,1,40000,tokens,,0\r\n" +
            "http-export-composer,2026-11,http-export-song,The Song,http-export-op,http-export-model-b,training,licensed,1,750000,tokens,EUR,900000000\r\n",
            csv.Body);
        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(cliJson, json.Body);
        // The JSON spells uses as the CSV does, never by their protobuf names.
        Assert.Contains("\"use\": \"output\"", json.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("USE_KIND_", json.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatementPage_TitleWithMarkup_IsHtmlEncoded()
    {
        var s = await new Slice("http-encode").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = "http-encode-xss",
            Title = "<script>alert(\"x\")</script> & Co",
            Medium = "text",
            Contributors = { new Contributor { CreatorId = s.Composer, Role = "author", ShareBps = 10_000 } },
        });
        var use = s.Event("xss-1");
        use.WorkId = "http-encode-xss";
        await s.SendAsync(Server.Ingest, "xss", Slice.Batch(1, use));
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });

        var page = await GetAsync($"/statements/{s.Composer}", Server.Admin.ApiKey, html: true);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("default-src 'none';", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatementCsv_WorkTitledAsFormula_TitleGuardedInDownloadAndCli()
    {
        var s = await new Slice("http-formula").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = "http-formula-work",
            Title = "=HYPERLINK(\"http://evil\",\"x\")",
            Medium = "text",
            Contributors = { new Contributor { CreatorId = s.Composer, Role = "author", ShareBps = 10_000 } },
        });
        var use = s.Event("formula-1");
        use.WorkId = "http-formula-work";
        await s.SendAsync(Server.Ingest, "formula", Slice.Batch(1, use));
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });

        var download = await GetAsync($"/statements/{s.Composer}.csv?from=2026-11", Server.Admin.ApiKey);
        var cli = await RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", s.Composer, "--from", "2026-11", "--format", "csv");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal(
            "creator_id,period,work_id,work_title,operator_id,model_id,use,licence_status,event_count,units,unit_kind,currency,amount_nanos\r\n" +
            "http-formula-composer,2026-11,http-formula-work,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",http-formula-op,http-formula-model,training,unlicensed,1,1000000,tokens,,0\r\n",
            download.Body);
        Assert.Equal(download.Body, cli);
    }

    [Fact]
    public async Task SignIn_WrongKeyOrForeignOrigin_RefusedWithoutCookie()
    {
        using var browser = new PageBrowser();
        var wrong = await browser.SignInAsync(Server.Address, "rlk_000000000000_wrong");
        var wrongCookies = browser.LastSetCookies;
        var token = await browser.FormTokenAsync(Server.Address);
        var foreign = await browser.PostFormAsync(Server.Address + "/statements/login",
            [new("api_key", Server.Admin.ApiKey), new("return", ""), token], origin: "http://evil.example");
        var foreignCookies = browser.LastSetCookies;
        var admin = await browser.SignInAsync(Server.Address, Server.Admin.ApiKey, returnTo: "//evil.example/statements/x");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Response.StatusCode);
        Assert.Contains("API key 000000000000 is not valid", wrong.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongCookies, c => c.StartsWith("rl_session=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Response.StatusCode);
        Assert.Empty(foreignCookies);
        Assert.Equal(HttpStatusCode.OK, admin.Response.StatusCode);
        Assert.Contains("Signed in as admin key", admin.Body, StringComparison.Ordinal);
        // The session cookie names the key's id, role and party, sealed; it never holds the key.
        var session = Assert.Single(browser.LastSetCookies, c => c.StartsWith("rl_session=", StringComparison.Ordinal));
        Assert.DoesNotContain(Server.Admin.ApiKey, session, StringComparison.Ordinal);
        Assert.EndsWith("; path=/statements; samesite=strict; httponly", session, StringComparison.Ordinal);
    }

    private async Task<string> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", apiKey], output, error);
        Assert.True(exit == 0, $"royalty {string.Join(' ', args)} exited {exit}: {error}");
        return output.ToString();
    }
}
