using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The pages beside the overview and an operation, over HTTP on a real SQLite file: deadlines, audit, verify, a
/// tour's history with its correction, the decisions' forms and the legal acts; in German where a German browser
/// asks, with bad input naming the field and the law's refusal with its reasons.
/// </summary>
public sealed partial class DashboardPagesTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task The_deadlines_of_the_next_90_days_each_name_their_basis_and_link_the_operation()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var text = (await page.Get("/deadlines")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Fristen der nächsten 90 Tage", text);
        Assert.Contains("<th scope=\"col\">Grundlage</th>", text);
        Assert.Matches("<a href=\"/operations/[A-Z]", text);
    }

    [Fact]
    public async Task The_audit_shows_the_violations_and_who_could_write_when()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var text = (await page.Get("/audit")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Prüfung aller Einsatzzeiträume", text);
        Assert.Contains("Verstöße gegen das Gesetz", text);
        Assert.Contains("Wer wann erfassen durfte", text);
        Assert.Contains("<td>Benutzer angelegt</td>", text);
        Assert.Contains("<td>parliament</td><td>Parlamentsdienst", text);
    }

    [Fact]
    public async Task Verify_gives_the_anchor_to_keep_and_checks_one_given()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var text = (await page.Get("/verify")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Unversehrt", text);
        var anchor = Anchor().Match(text).Groups[1].Value;
        Assert.Matches("^[0-9]+:[0-9a-f]+$", anchor);
        var again = (await page.Get("/verify?anchor=" + Uri.EscapeDataString(anchor))).Is(HttpStatusCode.OK).Text;
        Assert.Contains($"Anker bei #{anchor.Split(':')[0]}</dt>", again);
        Assert.Contains(">stimmt</dd>", again);
        var bad = (await page.Get("/verify?anchor=nonsense")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Ungültige Eingabe in „anchor“", bad);
        Assert.Contains("nonsense", bad);
    }

    [Fact]
    public async Task A_correction_the_law_refuses_shows_the_refusal_in_German_and_changes_nothing()
    {
        var tour = (await server.Client("operations").Post("/api/tours", Http.Tour("P-9500", from: "2026-12-01", to: null)))
            .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
        using var page = await PageClient.SignedIn(server, "operations", "de-DE");
        var history = (await page.Get($"/tours/{tour}")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Einsatzzeitraum erfasst", history);
        Assert.Contains("handler=Correct", history);
        var refused = (await page.Post($"/tours/{tour}?handler=Correct",
            new() { ["from"] = "1990-01-01", ["reason"] = "typed wrong" })).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Vom Gesetz nicht gedeckt; nichts wurde erfasst.", refused);
        Assert.Contains("Die Zustimmung des Bundestages gilt", refused);
        Assert.Contains("nicht erfüllt", refused);
        Assert.Contains("01.12.2026", refused);
        Assert.DoesNotContain("Einsatzzeitraum berichtigt", refused);
    }

    [Fact]
    public async Task Bad_input_in_a_decision_form_names_the_field_and_records_nothing()
    {
        using var page = await PageClient.SignedIn(server, "parliament");
        var answer = (await page.Post("/operations/KFOR/decisions?handler=Motion", new()
        {
            ["mandate"] = "KFOR-2090", ["document"] = "Drucksache 21/1", ["source"] = "x", ["ceiling"] = "lots",
        })).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Bad input in &quot;ceiling&quot;", answer);
        Assert.Contains("lots", answer);
        Assert.DoesNotContain("KFOR-2090", (await page.Get("/operations/KFOR")).Text);
    }

    [Fact]
    public async Task A_viewer_sees_the_tour_history_and_the_acts_but_no_form()
    {
        var tour = (await server.Client("operations").Post("/api/tours", Http.Tour("P-9501", to: null)))
            .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
        using var page = await PageClient.SignedIn(server, "viewer");
        var history = (await page.Get($"/tours/{tour}")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("P-9501", history);
        Assert.DoesNotContain("handler=Correct", history);
        var acts = (await page.Get("/acts")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("<a href=\"/operations/KFOR\">", acts);
        Assert.DoesNotContain("handler=Change", acts);
        Assert.DoesNotContain("/decisions", (await page.Get("/operations/KFOR")).Text);
    }

    [Fact]
    public async Task The_overview_folds_the_ended_operations_into_a_compact_table()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var text = (await page.Get("/")).Is(HttpStatusCode.OK).Text;
        Assert.Contains("Beendet oder noch nicht begonnen", text);
        Assert.Contains("<details", text);
        Assert.Contains("Letzte Personalobergrenze", text);
        Assert.True(Cards().Matches(text).Count < 31, "every operation is still a card");
    }

    [Fact]
    public async Task The_overview_says_minurso_serves_without_a_mandate_not_that_it_has_not_begun()
    {
        using var page = await PageClient.SignedIn(server, "viewer", "de-DE");
        var text = (await page.Get("/")).Is(HttpStatusCode.OK).Text;
        var row = text[text.IndexOf("<a href=\"/operations/MINURSO\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("2013–", row);
        Assert.Contains("serving without a mandate (none required: unarmed military observers)", row);
    }

    [GeneratedRegex("<code id=\"head-anchor\">([^<]+)</code>")]
    private static partial Regex Anchor();

    [GeneratedRegex("<section class=\"card\"")]
    private static partial Regex Cards();
}
