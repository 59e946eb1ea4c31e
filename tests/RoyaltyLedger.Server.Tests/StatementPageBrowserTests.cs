using Microsoft.Playwright;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The creator statement page in a real browser (Debian's headless Chromium) against the real server: sign in with the
/// creator's key through the form, read the totals from the page and compare them with the gRPC statement. The
/// screenshot it takes is docs/statement-page.png.
/// </summary>
public sealed class StatementPageBrowserTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task StatementPage_CreatorSignsInWithKey_TotalsEqualGrpcStatementAndOtherCreatorIsRefused()
    {
        var months = await MonthsOfUse.SendAsync(Server, "browser");
        var s = months.Slice;
        var composerKey = (await Server.ClientsForAsync(Role.Creator, s.Composer)).ApiKey;
        var grpc = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal([("EUR", MonthsOfUse.OctoberNanos + MonthsOfUse.NovemberNanos)], grpc.Totals.Select(t => (t.Currency, t.AmountNanos.N())));

        await using var chromium = await Chromium.StartAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync($"{Server.Address}/statements/{s.Composer}");
        Assert.Equal($"{Server.Address}/statements/login?return=%2Fstatements%2F{s.Composer}", page.Url);
        await page.FillAsync("#api_key", composerKey);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync($"{Server.Address}/statements/{s.Composer}");

        Assert.Equal("Composer Person", await page.InnerTextAsync("#creator-name"));
        var totals = await page.Locator("[data-total-currency]").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.dataset.totalCurrency, e.dataset.nanos, e.textContent])");
        Assert.Equal(grpc.Totals.Select(t => new[] { t.Currency, t.AmountNanos.N().ToString(System.Globalization.CultureInfo.InvariantCulture), $"{t.Currency} {MoneyFormat.Nanos(t.AmountNanos.N())}" }),
            totals);
        var byMonth = await page.Locator("#chart-by-month .bar").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.label, e.dataset.nanos])");
        Assert.Equal([["2026-10", "1200000000"], ["2026-11", "3900000000"]], byMonth);
        Assert.Equal(1, await page.Locator("tr.violation").CountAsync());
        Assert.Contains("refused · violation", await page.InnerTextAsync("tr.violation"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryFile("docs", "statement-page.png"), FullPage = true });

        var other = await page.GotoAsync($"{Server.Address}/statements/{s.Lyricist}");
        Assert.Equal(403, other!.Status);
        Assert.Equal(
            $"creator {s.Composer} (key {composerKey.Split('_')[1]}) may not read the statement of creator {s.Lyricist}: a creator's key opens only that creator's own statement.",
            await page.InnerTextAsync("#problem"));
    }

    /// <summary>A path in the repository: the folder above the test's output that holds RoyaltyLedger.sln.</summary>
    private static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RoyaltyLedger.sln")))
        {
            folder = folder.Parent;
        }

        Assert.True(folder is not null, $"no RoyaltyLedger.sln above {AppContext.BaseDirectory}");
        return Path.Combine([folder.FullName, .. parts]);
    }
}
