using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>The briefing of § 6 ParlBG served by the API as the page `mandates report` writes.</summary>
public sealed class ReportRouteTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task A_reader_gets_the_briefing_as_one_html_page_naming_the_mandate_in_force()
    {
        var answer = (await server.Client("viewer").Get("/api/operations/KFOR/report.html?on=2025-07-01"))
            .Is(HttpStatusCode.OK);
        Assert.Equal("text/html", answer.Media);
        Assert.StartsWith("<!DOCTYPE html>", answer.Text);
        Assert.Contains("Drucksache 21/230", answer.Text);
        Assert.Contains("<h2 id=\"violations\">", answer.Text);
        Assert.DoesNotContain("<script", answer.Text);
    }

    [Theory]
    [InlineData("/api/operations/NOPE/report.html", "operation")]
    [InlineData("/api/operations/KFOR/report.html?on=2025-13-01", "on")]
    public async Task Bad_input_is_a_problem_naming_the_field(string path, string field) =>
        (await server.Client("viewer").Get(path)).Names(HttpStatusCode.BadRequest, field);
}
