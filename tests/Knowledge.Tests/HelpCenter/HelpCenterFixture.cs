using Knowledge.Tests.TestKit;
using Microsoft.Playwright;

namespace Knowledge.Tests.HelpCenter;

/// <summary>
/// One seeded api on a loopback Kestrel port and one headless Debian chromium for the help center's browser tests.
/// The browser starts on first use, so a machine without chromium skips (or, under CI, fails) each test with the reason.
/// </summary>
public sealed class HelpCenterFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public KnowledgeApp App { get; } = new(kestrel: true);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh page (own context: no shared storage between tests); page errors are collected into <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        var chromium = ExternalTools.RequireChromium();
        await gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        finally
        {
            gate.Release();
        }
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        return page;
    }

    /// <summary>Saves a screenshot when KNOWLEDGE_SCREENSHOT_DIR is set (for looking at the page; never committed).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("KNOWLEDGE_SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(directory)) return;
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
        gate.Dispose();
    }
}
