using Microsoft.Playwright;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The creator statement page in a real browser (Debian's headless Chromium) against the real server: sign in with the
/// creator's key through the form, read the totals from the page and compare them with the gRPC statement; and the
/// demo creator's statement at a desktop and a phone width, its layout checked and its screenshots saved in docs/.
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
            "els => els.map(e => [e.dataset.totalCurrency, e.dataset.nanos, e.textContent, e.title])");
        Assert.Equal(grpc.Totals.Select(t => new[]
            {
                t.Currency, t.AmountNanos.N().ToString(System.Globalization.CultureInfo.InvariantCulture),
                MinorFormat.WithCurrency(t.Currency, t.AmountNanos.N()), MinorFormat.Exact(t.Currency, t.AmountNanos.N()),
            }),
            totals);
        var byMonth = await page.Locator("#chart-by-month .bar").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.label, e.dataset.nanos])");
        Assert.Equal([["2026-10", "1200000000"], ["2026-11", "3900000000"]], byMonth);
        Assert.Equal(1, await page.Locator("tr.violation").CountAsync());
        Assert.Contains("refused · violation", await page.InnerTextAsync("tr.violation"), StringComparison.Ordinal);

        var other = await page.GotoAsync($"{Server.Address}/statements/{s.Lyricist}");
        Assert.Equal(403, other!.Status);
        Assert.Equal(
            $"creator {s.Composer} (key {composerKey.Split('_')[1]}) may not read the statement of creator {s.Lyricist}: a creator's key opens only that creator's own statement.",
            await page.InnerTextAsync("#problem"));
    }

    /// <summary>The smallest font a reader meets on the page, and every chart label's rendered height, are at least this.</summary>
    private const double MinReadablePx = 11;

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task StatementPage_DemoCreatorAtWidth_FitsTheWidthReadableAndSavesScreenshot(int width, int height)
    {
        var demo = await Server.RoyaltyAsync(Server.Admin.ApiKey, "demo");
        Assert.True(demo.Exit == 0, $"demo exited {demo.Exit}: {demo.Error}");
        var ada = (await Server.ClientsForAsync(Role.Creator, "ada-okafor")).ApiKey;
        var grpc = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = "ada-okafor", WaitForProjection = true });

        await using var chromium = await Chromium.StartAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.SetExtraHTTPHeadersAsync([new KeyValuePair<string, string>("Authorization", $"Bearer {ada}")]);
        var response = await page.GotoAsync($"{Server.Address}/statements/ada-okafor");
        Assert.Equal(200, response!.Status);

        // What is owed now leads, in cents with every nano in its title, and the demo society's next payout beside it.
        var account = Assert.Single(grpc.Accounts);
        var owed = account.OwedNanos.N();
        Assert.Equal([MinorFormat.WithCurrency("EUR", owed), MinorFormat.Exact("EUR", owed)],
            await page.Locator("[data-owed-currency=EUR]").EvaluateAsync<string[]>("e => [e.textContent, e.title]"));
        var next = Assert.Single(grpc.NextPayouts);
        Assert.Equal(("demo-society", next.ExpectedOn), (await page.GetAttributeAsync("#next-payout .payout", "data-society-id"), await page.GetAttributeAsync("#next-payout .payout", "data-expected-on")));
        var owedTop = await page.Locator("#owed-now").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(owedTop < height / 2.0, $"at {width} px the owed-now card starts {owedTop} px down, below half of the {height} px screen");

        // Nothing is wider than the screen: tables scroll inside their cards, charts take the card's width.
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"at {width} px the page is {pageWidth} px wide");
        var overflowing = await page.EvaluateAsync<string[]>(
            "w => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.scroll')).map(e => e.tagName + '#' + e.id + '.' + e.className)", width);
        Assert.True(overflowing.Length == 0, $"at {width} px these reach past the screen: {string.Join(", ", overflowing.Take(10))}");

        var smallestFont = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('main *')].filter(e => e.getClientRects().length > 0 && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0)).map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallestFont >= MinReadablePx, $"at {width} px the smallest text is {smallestFont} px");
        var chartLabels = await page.Locator("#chart-by-month text, #chart-by-model text").EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height)");
        Assert.NotEmpty(chartLabels);
        Assert.True(chartLabels.Min() >= MinReadablePx, $"at {width} px a chart label is {chartLabels.Min()} px high");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryFile("docs", $"statement-{width}.png"), FullPage = true });
    }

    [Fact]
    public async Task StatementPage_Printed_A4WithoutFormsOrNavigation()
    {
        var months = await MonthsOfUse.SendAsync(Server, "browser-print");
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = months.Slice.Composer, WaitForProjection = true });

        await using var chromium = await Chromium.StartAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync([new KeyValuePair<string, string>("Authorization", $"Bearer {Server.Admin.ApiKey}")]);
        await page.GotoAsync($"{Server.Address}/statements/{months.Slice.Composer}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal(["none", "none"], await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.querySelector('nav')).display, getComputedStyle(document.querySelector('form.period')).display]"));
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        // A4 is 210 × 297 mm: 595.28 × 841.89 points; Chromium rounds the page box to its own float precision.
        var boxes = System.Text.RegularExpressions.Regex.Matches(text, @"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]").Select(m => (W: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(Math.Abs(b.W - 595.28) < 1 && Math.Abs(b.H - 841.89) < 1, $"a printed page is {b.W} × {b.H} points, not A4"));
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
