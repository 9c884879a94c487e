using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The dashboard's pages over HTTP on a real SQLite file: sign-in and its lockout, what each role sees, the forms'
/// anti-forgery, the law's refusal and bad input naming the field, English and German.
/// </summary>
public sealed class DashboardTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task Pages_without_a_sign_in_send_the_browser_to_the_sign_in_form()
    {
        using var page = new PageClient(server.Address);
        var answer = await page.Get("/operations/KFOR");
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.StartsWith("/signin", answer.Response.Headers.Location!.OriginalString.Replace(server.Address.ToString(), "/"));
    }

    [Fact]
    public async Task A_viewer_sees_every_operation_and_no_form()
    {
        using var page = await PageClient.SignedIn(server, "viewer");
        var overview = (await page.Get("/")).Is(HttpStatusCode.OK);
        Assert.Contains("KFOR", overview.Text);
        Assert.Contains("ASPIDES", overview.Text);
        var operation = (await page.Get("/operations/KFOR")).Is(HttpStatusCode.OK);
        Assert.Contains("<svg", operation.Text);
        Assert.DoesNotContain("handler=Deploy", operation.Text);
        Assert.DoesNotContain("handler=Vote", operation.Text);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.Post("/operations/KFOR?handler=Deploy",
            new() { ["person"] = "P-9001", ["task"] = "reconnaissance", ["from"] = "2026-12-08" }, "/operations/KFOR")).Status);
    }

    [Fact]
    public async Task An_operation_whose_mandate_set_no_ceiling_says_so()
    {
        using var page = await PageClient.SignedIn(server, "viewer");
        var operation = (await page.Get("/operations/ADRIATIC")).Is(HttpStatusCode.OK);
        Assert.Contains("ADRIATIC-1994", operation.Text);
        Assert.Contains("no ceiling", operation.Text);
    }

    [Fact]
    public async Task A_signed_in_reader_opens_the_briefing_from_the_operation_page()
    {
        using var page = await PageClient.SignedIn(server, "viewer");
        var operation = (await page.Get("/operations/KFOR")).Is(HttpStatusCode.OK);
        Assert.Contains("/operations/KFOR?handler=report", operation.Text);
        var briefing = (await page.Get("/operations/KFOR?handler=report&on=2025-07-01")).Is(HttpStatusCode.OK);
        Assert.Contains("21/230", briefing.Text);
        Assert.Contains("id=\"deadlines\"", briefing.Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await page.Get("/operations/KFOR?handler=report&on=2025-13-01")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await page.Get("/operations/NOPE?handler=report")).Status);
        using var nobody = new PageClient(server.Address);
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.Get("/operations/KFOR?handler=report")).Status);
    }

    [Fact]
    public async Task An_operations_user_sees_the_deploy_form_but_not_the_vote()
    {
        using var page = await PageClient.SignedIn(server, "operations");
        var operation = (await page.Get("/operations/KFOR")).Is(HttpStatusCode.OK);
        Assert.Contains("handler=Deploy", operation.Text);
        Assert.DoesNotContain("handler=Vote", operation.Text);
    }

    [Fact]
    public async Task A_forged_post_without_the_anti_forgery_token_is_refused_and_writes_nothing()
    {
        using var page = await PageClient.SignedIn(server, "operations");
        var answer = await page.Forge("/operations/KFOR?handler=Deploy",
            new() { ["person"] = "P-9002", ["task"] = "reconnaissance", ["from"] = "2026-12-08" });
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.DoesNotContain("P-9002", (await page.Get("/operations/KFOR")).Text);
    }

    [Fact]
    public async Task Bad_input_in_a_form_names_the_field_and_writes_nothing()
    {
        using var page = await PageClient.SignedIn(server, "operations");
        var answer = (await page.Post("/operations/KFOR?handler=Deploy",
            new() { ["person"] = "P-9003", ["task"] = "reconnaissance", ["from"] = "2026-13-40" },
            "/operations/KFOR")).Is(HttpStatusCode.OK);
        Assert.Contains("Bad input in &quot;from&quot;", answer.Text);
        Assert.Contains("2026-13-40", answer.Text);
        Assert.DoesNotContain("<td>P-9003</td>", answer.Text);
    }

    [Fact]
    public async Task A_deployment_above_the_ceiling_shows_the_law_s_refusal()
    {
        using var page = await PageClient.SignedIn(server, "operations");
        var check = (await page.Get("/operations/KFOR/check?add=100000&from=2026-12-08")).Is(HttpStatusCode.OK);
        Assert.Contains("Not authorised.", check.Text);
        Assert.Contains("Findings", check.Text);
    }

    [Fact]
    public async Task The_pages_speak_German_to_a_German_browser()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var overview = (await page.Get("/")).Is(HttpStatusCode.OK);
        Assert.Contains("lang=\"de\"", overview.Text);
        Assert.Contains("Personalobergrenze", overview.Text);
        Assert.Contains("Nächste Frist", overview.Text);
    }
}
