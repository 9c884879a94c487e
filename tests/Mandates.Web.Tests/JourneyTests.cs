using System.Net;
using Microsoft.Playwright;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Mandates.Web.Tests;

/// <summary>
/// The dashboard in a real browser (Chromium), as its users go through it: each journey on the pages, axe on every
/// page it visits, screenshots of the overview and an operation page at 1280 and 390 pixels.
/// </summary>
public sealed class JourneyTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private static LocalDate Today => SystemClock.Instance.GetCurrentInstant()
        .InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date;

    [Fact]
    public async Task An_operations_user_checks_deploys_and_sees_the_headroom_fall()
    {
        var page = await browser.Page();
        await browser.SignIn(page, "operations");
        await Browser.Accessible(page);
        await page.GotoAsync("/operations/KFOR/check");
        await page.FillAsync("#add", "1");
        await page.FillAsync("#from", Today.ToString("yyyy-MM-dd", null));
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("Authorised", await page.InnerTextAsync("main"));
        await Browser.Accessible(page);

        await page.GotoAsync("/operations/KFOR");
        var before = Headroom(await page.InnerTextAsync("#headroom"));
        await page.FillAsync("#person", "P-7001");
        await page.FillAsync("#from", Today.ToString("yyyy-MM-dd", null));
        await page.ClickAsync("form[action*='handler=Deploy'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("main"));
        Assert.Equal(before - 1, Headroom(await page.InnerTextAsync("#headroom")));
        await Browser.Accessible(page);
    }

    [Fact]
    public async Task A_viewer_sees_no_forms()
    {
        var page = await browser.Page();
        await browser.SignIn(page, "viewer");
        await page.GotoAsync("/operations/KFOR");
        Assert.Equal(0, await page.Locator("form.write").CountAsync());
        await Browser.Accessible(page);
    }

    [Fact]
    public async Task A_parliament_user_records_a_vote_and_the_mandate_comes_into_force()
    {
        // The government's motion and the cabinet's decision, recorded through the API beforehand.
        var clerk = browser.Server.Client("parliament");
        string Day(int days) => (Today - Period.FromDays(days)).ToString("yyyy-MM-dd", null);
        (await clerk.Post("/api/decisions/motion", $$"""
            {"operation":"ASPIDES","mandate":"ASPIDES-2026","document":"Drucksache 21/9","source":"x",
             "start":"{{Day(3)}}","end":"{{Day(-300)}}","ceiling":"700"}
            """)).Is(HttpStatusCode.Created);
        (await clerk.Post("/api/decisions/cabinet", $$"""{"mandate":"ASPIDES-2026","date":"{{Day(6)}}","source":"x"}"""))
            .Is(HttpStatusCode.Created);

        var page = await browser.Page();
        await browser.SignIn(page, "parliament");
        await page.GotoAsync("/operations/ASPIDES");
        Assert.Contains("none", await page.InnerTextAsync("main dl.facts"));
        await page.SelectOptionAsync("#mandate", "ASPIDES-2026");
        await page.FillAsync("#date", Day(4));
        await page.SelectOptionAsync("#result", "adopted");
        await page.FillAsync("#yes", "500");
        await page.FillAsync("#no", "100");
        await page.FillAsync("#abstentions", "10");
        await page.FillAsync("#source", "Plenarprotokoll 21/99");
        await page.ClickAsync("form[action*='handler=Vote'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("main"));
        Assert.Contains("ASPIDES-2026", await page.InnerTextAsync("main dl.facts"));
        await Browser.Accessible(page);
    }

    [Fact]
    public async Task The_pages_in_German_and_screenshots_at_two_widths()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.Page(width == 390 ? "de-DE" : "en-GB", width);
            await browser.SignIn(page, "operations");
            await Save(page, $"overview-{width}.png");
            await Browser.Accessible(page);
            await page.GotoAsync("/operations/KFOR");
            await Save(page, $"operation-{width}.png");
            await Browser.Accessible(page);
            if (width == 390)
            {
                Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
                Assert.Contains("Personalobergrenze", await page.InnerTextAsync("main"));
                Assert.Contains("Einsatzzeitraum erfassen", await page.InnerTextAsync("main"));
            }
        }
        output.WriteLine($"Screenshots: {Browser.Screenshots}");
    }

    private static async Task Save(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name), FullPage = true });

    private static int Headroom(string text) => int.Parse(text.Replace(",", "").Replace(".", "").Trim(), null);
}
