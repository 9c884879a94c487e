using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The machine's Chromium driven by Playwright (no browser download: /usr/bin/chromium, which scripts/test installs),
/// with a server of its own on a real SQLite file; shared by a class's journeys.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private readonly SqliteServer server = new();
    private IPlaywright playwright = null!;

    internal Server Server => server.Server;

    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>Where the screenshots are saved (printed by the tests that take them).</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A page of a new browser context (its own cookies) at <paramref name="width"/> pixels.</summary>
    public async Task<IPage> Page(string locale = "en-GB", int width = 1280) =>
        await (await Chromium.NewContextAsync(new()
        {
            BaseURL = Server.Address.ToString(), Locale = locale, ViewportSize = new() { Width = width, Height = 900 },
        })).NewPageAsync();

    /// <summary>Signs in through the form as <paramref name="user"/>.</summary>
    public async Task SignIn(IPage page, string user)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", user);
        await page.FillAsync("#token", Server.Tokens[user]);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin"));
    }

    /// <summary>Runs axe on the page: no serious or critical violation, each named with its nodes if there is.</summary>
    public static async Task Accessible(IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) on {page.Url}: {v.Help}; "
                + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    public async Task DisposeAsync()
    {
        await Chromium.CloseAsync();
        playwright.Dispose();
        await server.DisposeAsync();
    }
}
