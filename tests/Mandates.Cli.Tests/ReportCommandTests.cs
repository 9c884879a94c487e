using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `mandates report`: the briefing as one HTML page a real parser reads, with every section and the facts a
/// committee member looks for; bad input named, and nothing written then.
/// </summary>
public class ReportCommandTests() : StoreTests("report", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    /// <summary>The sections of the briefing, by the id of each one's heading.</summary>
    public static readonly string[] Sections =
        ["mandate", "chain", "decisions", "legal-bases", "deadlines", "strength", "violations"];

    private IDocument Report(string operation, string day)
    {
        var file = Path.Combine(folder, $"{operation}-{day}.html");
        var run = Run("report", operation, "--on", day, "--out", file);
        Assert.True(run.Exit == 0, run.Err + run.Out);
        Assert.Contains($"to {file}", run.Err);
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    private static string Section(IDocument page, string id) =>
        page.GetElementById(id)!.Closest("section")!.TextContent;

    [Fact]
    public void The_briefing_on_KFOR_names_its_mandate_ceiling_vote_and_deadlines_in_every_section()
    {
        var page = Report("KFOR", "2025-07-01");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        foreach (var id in Sections) Assert.Equal("H2", page.GetElementById(id)?.TagName);
        var mandate = Section(page, "mandate");
        Assert.Contains("KFOR-2025", mandate);
        Assert.Contains("21/230", mandate);
        Assert.Contains("up to 400 soldiers", mandate);
        var vote = page.GetElementById("decisions")!.Closest("section")!.QuerySelectorAll("tr")
            .Single(r => r.QuerySelector("th")?.TextContent == "KFOR-2025");
        Assert.Equal(["391", "189", "2"], vote.QuerySelectorAll("td.num").Select(c => c.TextContent));
        var deadlines = page.GetElementById("deadlines")!.Closest("section")!.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(deadlines);
        Assert.Matches(@"^20\d\d-\d\d-\d\d$", deadlines[0].QuerySelector("td")!.TextContent);
        Assert.Contains("UNSCR 1244", Section(page, "legal-bases"));
        Assert.Contains("The audit found no violation", Section(page, "violations"));
    }

    [Fact]
    public void The_page_is_self_contained_and_its_tables_name_their_headers()
    {
        var page = Report("KFOR", "2025-07-01");
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain(page.QuerySelectorAll("[src]"), _ => true);
        var style = page.QuerySelector("head style")!.TextContent;
        Assert.Contains("size: A4", style);
        Assert.Contains("@top-left", style);
        Assert.Contains("break-inside: avoid", style);
        Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope"), th.OuterHtml));
    }

    [Fact]
    public void Tours_a_later_revocation_leaves_serving_are_shown_as_violations()
    {
        foreach (var person in new[] { "P-1", "P-2" })
            Assert.Equal(0, Run("deploy", "KFOR", "--person", person, "--task", "reconnaissance",
                "--from", "2026-01-05").Exit);
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-09-01",
            "--source", "x").Exit);
        var page = Report("KFOR", "2026-10-01");
        var row = Assert.Single(page.GetElementById("violations")!.Closest("section")!.QuerySelectorAll("tbody tr"));
        Assert.Equal("not-revoked", row.QuerySelector("th")!.TextContent);
        Assert.Equal("2026-09-01", row.QuerySelector("td")!.TextContent);
        Assert.Contains("No mandate of KFOR is in force on 2026-10-01", Section(page, "mandate"));
    }

    [Theory]
    [InlineData("kfor.txt",
        "--out: '{0}' is neither an HTML nor a PDF file; expected a file name ending in .html or .pdf")]
    [InlineData("kfor", "--out: '{0}' is neither an HTML nor a PDF file")]
    [InlineData("missing/kfor.html", "--out: '{0}' is in a folder that does not exist")]
    public void An_output_file_of_another_kind_or_nowhere_is_bad_input(string name, string said)
    {
        var file = Path.Combine(folder, name);
        var run = Run("report", "KFOR", "--on", "2025-07-01", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains(string.Format(said, file), run.Err);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void An_existing_file_is_not_overwritten()
    {
        var file = Path.Combine(folder, "kfor.html");
        File.WriteAllText(file, "mine");
        var run = Run("report", "KFOR", "--on", "2025-07-01", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--out: '{file}' exists already; it is not overwritten", run.Err);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void An_unknown_operation_is_bad_input_and_writes_nothing()
    {
        var file = Path.Combine(folder, "nope.html");
        var run = Run("report", "NOPE", "--on", "2025-07-01", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains("operation: 'NOPE'", run.Err);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder, "*.part", SearchOption.AllDirectories));
    }
}
