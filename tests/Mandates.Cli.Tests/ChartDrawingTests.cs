using System.Globalization;
using System.Xml.Linq;
using Mandates.Charts;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using NodaTime;
using SkiaSharp;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// What the chart module draws, checked in the PNG's pixels: a ceiling of 3,500 for a year and then 400 is drawn at
/// the height of each, on its own days, in the ceiling's colour, and the strength and votes where they are.
/// </summary>
public class ChartDrawingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly SKColor CeilingRed = new(0xc0, 0x39, 0x2b);

    private static LocalDate D(string iso) => LocalDate.FromDateTime(DateTime.Parse(iso, CultureInfo.InvariantCulture));

    private static DateInterval Days(string from, string to) => new(D(from), D(to));

    private static readonly StrengthChartData TwoCeilings = new("TEST", "A test operation",
        Days("2020-01-01", "2021-12-31"),
        [new CeilingStep(Days("2020-01-01", "2020-12-31"), 3500, "TEST-2020"),
            new CeilingStep(Days("2021-01-01", "2021-12-31"), 400, "TEST-2021")],
        [new StrengthStep(Days("2020-01-01", "2020-06-30"), 0),
            new StrengthStep(Days("2020-07-01", "2021-12-31"), 300)],
        [new ReportedPoint(D("2021-03-31"), 280, true, "a report")],
        [new MandateBoundary(D("2020-01-01"), "TEST-2020"), new MandateBoundary(D("2021-01-01"), "TEST-2021")],
        [new VoteMark(D("2019-12-12"), VoteResult.Adopted, "TEST-2020", "counts not recorded"),
            new VoteMark(D("2020-12-10"), VoteResult.Adopted, "TEST-2021", "500 yes, 80 no, 10 abstentions"),
            new VoteMark(D("2021-06-10"), VoteResult.Rejected, "TEST-2022", "200 yes, 400 no, 0 abstentions")],
        [Days("2021-05-01", "2021-05-20")]);

    [Fact]
    public void The_ceiling_is_drawn_at_its_height_on_its_days()
    {
        var size = new ChartSize(900, 360);
        var svg = XDocument.Parse(StrengthChart.Svg(TwoCeilings, size));
        using var png = SKBitmap.Decode(StrengthChart.Png(TwoCeilings, size));
        var lines = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "ceiling").ToList();
        Assert.Equal(2, lines.Count);
        var (high, low) = (Geometry(lines[0]), Geometry(lines[1]));
        // The x axis (0 persons) is the axis line across the plot; each ceiling stands above it in proportion.
        var zero = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "axis")
            .Select(Geometry).Single(g => g.Y1 == g.Y2).Y1;
        Assert.Equal(3500.0 / 400, (zero - high.Y1) / (zero - low.Y1), precision: 1);
        // In the PNG: the column in mid-2020 is red at 3,500's height and not at 400's; mid-2021 the other way.
        var mid2020 = (int)((high.X1 + high.X2) / 2);
        var mid2021 = (int)((low.X1 + low.X2) / 2);
        Assert.True(Red(png, mid2020, high.Y1), "3,500 drawn in 2020");
        Assert.False(Red(png, mid2020, low.Y1), "400 not drawn in 2020");
        Assert.True(Red(png, mid2021, low.Y1), "400 drawn in 2021");
        Assert.False(Red(png, mid2021, high.Y1), "3,500 not drawn in 2021");
        // The riser joins them on the first day of 2021, from one height to the other.
        var riser = Geometry(svg.Descendants(Svg + "line")
            .Single(l => (string?)l.Attribute("class") == "ceiling riser"));
        Assert.Equal(high.X2, riser.X1, precision: 1);
        Assert.True(Red(png, (int)Math.Round(riser.X1), (high.Y1 + low.Y1) / 2), "the riser drawn");
    }

    [Fact]
    public void Votes_reported_strength_and_exception_days_are_marked_and_titled()
    {
        var svg = XDocument.Parse(StrengthChart.Svg(TwoCeilings, ChartSize.Strength));
        Assert.Equal("chart-test-title chart-test-desc", (string)svg.Root!.Attribute("aria-labelledby")!);
        Assert.Equal("img", (string)svg.Root.Attribute("role")!);
        // The first vote is before the period: only the two within it are marked, one of each result.
        var votes = svg.Descendants(Svg + "path")
            .Where(p => ((string?)p.Attribute("class"))?.StartsWith("vote", StringComparison.Ordinal) == true)
            .Select(p => ((string)p.Attribute("class")!, p.Element(Svg + "title")!.Value)).ToList();
        Assert.Equal([("vote adopted", "TEST-2021, 2020-12-10: vote: adopted (500 yes, 80 no, 10 abstentions)"),
            ("vote rejected", "TEST-2022, 2021-06-10: vote: rejected (200 yes, 400 no, 0 abstentions)")], votes);
        var reported = svg.Descendants(Svg + "circle").Single(c => (string?)c.Attribute("class") == "reported");
        Assert.Equal("reported strength 2021-03-31: about 280 (a report)", reported.Element(Svg + "title")!.Value);
        Assert.Single(svg.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "exception");
    }

    [Fact]
    public void German_words_title_the_chart_and_group_thousands_with_a_dot()
    {
        var svg = XDocument.Parse(StrengthChart.Svg(TwoCeilings, ChartSize.Strength, ChartWords.German));
        Assert.Equal("TEST: Personalstärke und Personalobergrenze, 2020-01-01 – 2021-12-31",
            svg.Root!.Element(Svg + "title")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "3.500");
    }

    [Fact]
    public void A_size_outside_what_a_chart_can_have_is_a_programmers_mistake()
    {
        var e = Assert.Throws<ArgumentException>(() => new ChartSize(100, 360));
        Assert.Equal("width", e.ParamName);
    }

    private static (double X1, double Y1, double X2, double Y2) Geometry(XElement line) =>
        (N(line, "x1"), N(line, "y1"), N(line, "x2"), N(line, "y2"));

    private static double N(XElement e, string name) =>
        double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    /// <summary>Whether a pixel within one of (x, y) each way has the ceiling's red (a line's edge is blended).</summary>
    private static bool Red(SKBitmap png, int x, double y)
    {
        for (var dx = -1; dx <= 1; dx++)
            for (var dy = -1; dy <= 1; dy++)
            {
                var c = png.GetPixel(x + dx, (int)Math.Round(y) + dy);
                if (Math.Abs(c.Red - CeilingRed.Red) + Math.Abs(c.Green - CeilingRed.Green)
                    + Math.Abs(c.Blue - CeilingRed.Blue) < 40) return true;
            }
        return false;
    }
}
