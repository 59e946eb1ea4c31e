using Microsoft.Playwright;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright: never a browser Playwright downloads. A missing browser fails the test
/// with the command that installs it; it is never skipped.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Without the background-networking flags Chromium keeps dialling out, which this machine's closed network refuses.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>Starts Chromium on a fresh, empty profile folder.</summary>
    public static async Task<Chromium> StartAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: the statement page test needs Debian's chromium package. Install it with `apt-get install -y chromium` (as root); .ci/run does this.");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("royalty-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        return new Chromium(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        TempFolder.Delete(_profile);
    }
}
