using System.Net;
using Microsoft.Playwright;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Mandates.Web.Tests;

/// <summary>
/// The recording forms and the ledger's pages in a real browser (Chromium): a parliament user records a motion, the
/// cabinet's decision and the vote, and the mandate comes into force; an operations user corrects a tour from its
/// history; the new pages in German, each checked with axe.
/// </summary>
public sealed class RecordingJourneyTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private static LocalDate Today => SystemClock.Instance.GetCurrentInstant()
        .InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date;

    private static string Day(int daysAgo) => (Today - Period.FromDays(daysAgo)).ToString("yyyy-MM-dd", null);

    [Fact]
    public async Task A_parliament_user_records_a_motion_then_the_vote_and_the_status_changes()
    {
        var page = await browser.Page();
        await browser.SignIn(page, "parliament");
        await page.GotoAsync("/operations/ASPIDES");
        Assert.Contains("none", await page.InnerTextAsync("main dl.facts"));
        await page.ClickAsync("a[href='/operations/ASPIDES/decisions']");
        await Browser.Accessible(page);

        await page.FillAsync("#motion-mandate", "ASPIDES-2026");
        await page.FillAsync("#motion-document", "Drucksache 21/9");
        await page.FillAsync("#motion-start", Day(3));
        await page.FillAsync("#motion-end", Day(-300));
        await page.FillAsync("#motion-ceiling", "700");
        await page.FillAsync("#motion-source", "Drucksache 21/9");
        await page.ClickAsync("form[action*='handler=Motion'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("section[aria-labelledby=motion-h]"));

        await page.SelectOptionAsync("#cabinet-mandate", "ASPIDES-2026");
        await page.FillAsync("#cabinet-date", Day(6));
        await page.FillAsync("#cabinet-source", "Kabinettsbeschluss");
        await page.ClickAsync("form[action*='handler=Cabinet'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("section[aria-labelledby=cabinet-h]"));

        await page.SelectOptionAsync("#vote-mandate", "ASPIDES-2026");
        await page.FillAsync("#vote-date", Day(4));
        await page.FillAsync("#vote-yes", "500");
        await page.FillAsync("#vote-no", "100");
        await page.FillAsync("#vote-abstentions", "10");
        await page.FillAsync("#vote-source", "Plenarprotokoll 21/99");
        await page.ClickAsync("form[action*='handler=Vote'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("section[aria-labelledby=vote-h]"));
        await Browser.Accessible(page);

        await page.GotoAsync("/operations/ASPIDES");
        Assert.Contains("ASPIDES-2026", await page.InnerTextAsync("main dl.facts"));
        Assert.Contains("500 yes, 100 no, 10 abstentions", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task An_operations_user_corrects_a_tour_from_its_history()
    {
        var tour = (await browser.Server.Client("operations").Post("/api/tours", Http.Tour("P-7101", from: Day(2), to: null)))
            .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
        var page = await browser.Page();
        await browser.SignIn(page, "operations");
        await page.GotoAsync("/operations/KFOR");
        await page.ClickAsync($"a[href='/tours/{tour}']");
        Assert.Equal($"Tour #{tour}", (await page.InnerTextAsync("h1")).Trim());
        await page.FillAsync("#from", Day(1));
        await page.FillAsync("#reason", "entered a day too early");
        await page.ClickAsync("form[action*='handler=Correct'] button[type=submit]");
        Assert.Contains("Recorded", await page.InnerTextAsync("main"));
        Assert.Equal(Day(1), (await page.InnerTextAsync("#tour-from")).Trim());
        Assert.Contains("tour corrected", await page.InnerTextAsync("main table"));
        Assert.Contains("operations", await page.InnerTextAsync("main table"));
        await Browser.Accessible(page);
    }

    [Fact]
    public async Task The_new_pages_in_German_each_accessible()
    {
        var tour = (await browser.Server.Client("operations").Post("/api/tours", Http.Tour("P-7102", from: Day(2), to: null)))
            .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
        var expected = new (string Path, string User, string Heading)[]
        {
            ("/deadlines", "viewer", "Fristen der nächsten 90 Tage"),
            ("/audit", "viewer", "Prüfung aller Einsatzzeiträume"),
            ("/verify", "viewer", "Integritätsprüfung (Hash-Kette)"),
            ("/acts", "admin", "Rechtliche Grundlagen"),
            ($"/tours/{tour}", "operations", $"Einsatzzeitraum #{tour}"),
            ("/operations/KFOR/decisions", "parliament", "Entscheidungen erfassen"),
        };
        foreach (var width in new[] { 1280, 390 })
            foreach (var user in expected.Select(e => e.User).Distinct())
            {
                var page = await browser.Page("de-DE", width);
                await browser.SignIn(page, user);
                foreach (var (path, _, heading) in expected.Where(e => e.User == user))
                {
                    await page.GotoAsync(path);
                    Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
                    Assert.Contains(heading, await page.InnerTextAsync("h1"));
                    await Browser.Accessible(page);
                    await Save(page, $"{path.Trim('/').Replace('/', '-')}-{width}.png");
                }
            }
        output.WriteLine($"Screenshots: {Browser.Screenshots}");
    }

    [Fact]
    public async Task The_overview_is_usable_by_keyboard_and_its_ended_operations_unfold()
    {
        var page = await browser.Page("de-DE", 390);
        await browser.SignIn(page, "viewer");
        await Save(page, "overview-folded-390.png");
        var summary = page.Locator("details > summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.Locator("details table tbody tr").CountAsync() > 0);
        await Browser.Accessible(page);
    }

    private static async Task Save(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name), FullPage = true });
}
