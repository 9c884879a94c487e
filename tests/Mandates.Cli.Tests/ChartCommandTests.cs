using System.Xml.Linq;
using Mandates.Core.Tests;
using SkiaSharp;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `mandates chart`: the real program draws the bundled record into a file, SVG or PNG as its extension says, and
/// refuses a file it cannot or may not write without writing anything.
/// </summary>
public class ChartCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Folder() => Directory.CreateTempSubdirectory("mandates-chart-").FullName;

    private static IEnumerable<XElement> Marks(XDocument svg, string cssClass) =>
        svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    [Fact]
    public void Kfor_as_svg_has_its_title_a_step_per_ceiling_change_and_a_marker_per_vote()
    {
        var file = Path.Combine(Folder(), "kfor.svg");
        var run = Cli.Invoke("chart", "KFOR", "--out", file);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"Wrote {file} (SVG, 900×360)", run.Out);
        var svg = XDocument.Load(file);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal("KFOR: strength against ceiling, 1999-06-11 – 2025-07-01",
            svg.Root.Element(Svg + "title")!.Value);
        Assert.Contains("8,500", svg.Root.Element(Svg + "desc")!.Value);
        // KFOR's ceilings as the record holds them: 8,500 from 1999, then 3,500, 2,500, 1,850, 1,350, 800 and 400.
        var ceilings = Marks(svg, "ceiling").Where(e => e.Attribute("data-persons") is not null)
            .Select(e => (int)e.Attribute("data-persons")!).ToList();
        Assert.Equal([8500, 3500, 2500, 1850, 1350, 800, 400], ceilings);
        Assert.Equal(ceilings.Count - 1, Marks(svg, "riser").Count());
        var kfor = BundledRecord.Load().FindOperation("KFOR")!;
        var votes = kfor.Mandates.Count(m => m.Vote is { } v && v.Date <= new NodaTime.LocalDate(2025, 7, 1));
        Assert.True(votes > 20, $"KFOR has a vote a year; the record gives {votes}.");
        Assert.Equal(votes, Marks(svg, "vote").Count());
        Assert.Equal(kfor.ReportedStrength.Count(r => r.Date <= new NodaTime.LocalDate(2025, 7, 1)),
            Marks(svg, "reported").Count());
    }

    [Fact]
    public void The_timeline_has_one_row_per_operation_and_the_legend_names_the_leads()
    {
        var file = Path.Combine(Folder(), "timeline.svg");
        var run = Cli.Invoke("chart", "--timeline", "--out", file);
        Assert.Equal(0, run.Exit);
        var svg = XDocument.Load(file);
        var rows = Marks(svg, "row").Select(r => (string)r.Attribute("data-operation")!).ToList();
        Assert.Equal(BundledRecord.Load().Operations.Select(o => o.Id.Value), rows);
        var kfor = Marks(svg, "row").Single(r => (string?)r.Attribute("data-operation") == "KFOR");
        Assert.Contains("lead-nato", (string)kfor.Attribute("class")!);
        Assert.Contains(Marks(svg, "ceiling-label"), t => t.Value == "8,500");
        var legend = Marks(svg, "legend-label").Select(t => t.Value).ToList();
        Assert.Equal(["UN", "NATO", "EU", "national / other"], legend);
    }

    [Fact]
    public void A_consent_that_set_no_ceiling_is_drawn_and_labelled_so()
    {
        var file = Path.Combine(Folder(), "early.svg");
        var run = Cli.Invoke("chart", "--timeline", "--from", "1994-01-01", "--to", "1999-12-31", "--out", file);
        Assert.Equal(0, run.Exit);
        var adriatic = Marks(XDocument.Load(file), "row")
            .Single(r => (string?)r.Attribute("data-operation") == "ADRIATIC");
        var spans = adriatic.Descendants().Where(e => ((string?)e.Attribute("class"))?.Contains("span") == true).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal("none", (string?)s.Attribute("data-ceiling")));
        Assert.Contains(adriatic.Descendants(), e => e.Value == "no ceiling");
    }

    [Theory]
    [InlineData("kfor.PNG", 900, 360, new string[0])]
    [InlineData("kfor.png", 1200, 500, new[] { "--width", "1200", "--height", "500" })]
    public void A_png_decodes_at_the_size_asked_and_is_not_blank(string name, int width, int height, string[] size)
    {
        var file = Path.Combine(Folder(), name);
        var run = Cli.Invoke(["chart", "KFOR", "--out", file, .. size]);
        Assert.Equal(0, run.Exit);
        using var bitmap = SKBitmap.Decode(file);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<SKColor>();
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                colours.Add(c);
                if (c != SKColors.White) inked++;
            }
        Assert.True(colours.Count > 50, $"{colours.Count} colours");
        Assert.True(inked > bitmap.Width * bitmap.Height / 4 / 50, $"{inked} pixels not white of a quarter sampled");
    }

    [Theory]
    [InlineData("kfor.pdf")]
    [InlineData("kfor")]
    [InlineData("kfor.svg.txt")]
    public void Another_extension_is_bad_input_naming_out_and_writes_nothing(string name)
    {
        var folder = Folder();
        var run = Cli.Invoke("chart", "KFOR", "--out", Path.Combine(folder, name));
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--out: '{Path.Combine(folder, name)}' does not end in .svg or .png", run.Err);
        Assert.Contains("expected a file name ending in .svg or .png", run.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void An_existing_file_is_refused_and_kept_as_it_was()
    {
        var file = Path.Combine(Folder(), "kfor.svg");
        File.WriteAllText(file, "mine");
        var run = Cli.Invoke("chart", "KFOR", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--out: '{file}' exists already", run.Err);
        Assert.Equal("mine", File.ReadAllText(file));
        Assert.Single(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file)!));
    }

    [Theory]
    [InlineData(new[] { "chart", "--out", "x.svg" }, "operation: expected an operation to chart, e.g. KFOR")]
    [InlineData(new[] { "chart", "KFOR", "--timeline", "--out", "x.svg" }, "not both")]
    [InlineData(new[] { "chart", "KFOR" }, "--out is needed")]
    [InlineData(new[] { "chart", "KFOR", "--out", "x.svg", "--width", "50" }, "--width: '50' is not a size")]
    [InlineData(new[] { "chart", "KFOR", "--out", "x.svg", "--height", "tall" }, "--height: 'tall' is not a count")]
    [InlineData(new[] { "chart", "KFOR", "--out", "x.svg", "--from", "2025-02-30" }, "--from: '2025-02-30'")]
    [InlineData(new[] { "chart", "KFOR", "--out", "x.svg", "--from", "2025-01-01", "--to", "2024-01-01" },
        "--to: '2024-01-01' is before --from (2025-01-01)")]
    [InlineData(new[] { "chart", "NOPE", "--out", "x.svg" }, "operation: 'NOPE'")]
    public void Bad_input_is_exit_2_naming_the_place_and_writes_no_file(string[] args, string said)
    {
        var folder = Folder();
        var run = Cli.Invoke([.. args.Select(a => a == "x.svg" ? Path.Combine(folder, a) : a)]);
        Assert.Equal(2, run.Exit);
        Assert.Contains(said, run.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void With_json_it_says_what_it_drew_as_its_schema_says()
    {
        var file = Path.Combine(Folder(), "timeline.png");
        var run = Cli.Invoke("chart", "--timeline", "--out", file, "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("chart.schema.json", run.Out);
        var json = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!;
        Assert.Equal((file, "png", "timeline", "1994-01-01", "2025-07-01"), ((string?)json["file"],
            (string?)json["format"], (string?)json["chart"], (string?)json["from"], (string?)json["to"]));
        Assert.Null(json["operation"]);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void A_period_draws_only_its_days()
    {
        var file = Path.Combine(Folder(), "kfor.svg");
        var run = Cli.Invoke("chart", "KFOR", "--from", "2024-01-01", "--to", "2025-06-30", "--out", file);
        Assert.Equal(0, run.Exit);
        var svg = XDocument.Load(file);
        Assert.EndsWith("2024-01-01 – 2025-06-30", svg.Root!.Element(Svg + "title")!.Value);
        Assert.Equal([400], Marks(svg, "ceiling").Where(e => e.Attribute("data-persons") is not null)
            .Select(e => (int)e.Attribute("data-persons")!).Distinct());
    }
}
