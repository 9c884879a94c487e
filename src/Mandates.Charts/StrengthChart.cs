using System.Text;
using NodaTime;
using System.Xml.Linq;
using Mandates.Charts.Drawing;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using static Mandates.Charts.Drawing.Svg;

namespace Mandates.Charts;

/// <summary>
/// One operation's strength against its ceiling over time: the ceiling as red steps (labelled where it changes), the
/// ledger's strength as a blue area, reported strength as orange dots, each mandate's first day as a dashed line,
/// each plenary vote as a triangle on the top edge, days over the ceiling under an exception clause shaded.
/// </summary>
public static class StrengthChart
{
    private const string CeilingColour = "#c0392b", StrengthColour = "#0b5cad", ReportedColour = "#d9730d",
        AdoptedColour = "#1b7f3b", RejectedColour = "#7b2fa3", ExceptionColour = "#f2c14e", MandateColour = "#6e7781";

    /// <summary>The chart as an SVG document (a string of XML, ready to inline in HTML).</summary>
    public static string Svg(StrengthChartData data, ChartSize size, ChartWords? words = null) =>
        Write(Draw(data, size, words ?? ChartWords.English));

    /// <summary>The same drawing as a PNG of exactly <paramref name="size"/> pixels.</summary>
    /// <exception cref="ChartFontMissingException">The font the text is drawn in is not installed.</exception>
    public static byte[] Png(StrengthChartData data, ChartSize size, ChartWords? words = null) =>
        Raster.ChartPng.Render(Svg(data, size, words), size);

    private static XElement Draw(StrengthChartData data, ChartSize size, ChartWords words)
    {
        data = Within(data);
        var title = words.Title(words.StrengthTitle, data.Operation, ChartWords.Day(data.Period.Start),
            ChartWords.Day(data.Period.End));
        var root = Root("chart strength-chart", "chart-" + data.Operation.ToLowerInvariant(), size, title,
            Describe(data, words));
        double left = 64, right = size.Width - 16, top = 54, bottom = size.Height - 62;
        var most = new[] { data.Ceilings.Select(c => c.Persons), data.Strength.Select(s => s.Persons),
            data.Reported.Select(r => r.Persons) }.SelectMany(x => x).DefaultIfEmpty(0).Max();
        var x = new TimeAxis(data.Period, left, right);
        var y = new ValueAxis(most, top, bottom);
        root.Add(Text("chart-title", left, 22, title, "start", A("font-size", 15), A("font-weight", "bold")));
        foreach (var days in data.Exceptions)
            root.Add(Rect("exception", x.X(days.Start), top, x.End(days.End) - x.X(days.Start), bottom - top,
                ExceptionColour, A("fill-opacity", 0.45), Title($"{words.Exception}: {Days(days)}")));
        root.Add(y.Draw(left, right, words), x.Draw(top, bottom));
        root.Add(StrengthArea(data, x, y, bottom));
        // Mandate lines under the ceiling: where a mandate begins with a new ceiling, the riser shows.
        root.Add(MandateLines(data, x, top, bottom));
        root.Add(Ceilings(data, x, y, words));
        foreach (var r in data.Reported)
        {
            var about = r.Approximate ? words.About + " " : "";
            root.Add(El("circle", A("class", "reported"), A("cx", x.X(r.Date) + (x.End(r.Date) - x.X(r.Date)) / 2),
                A("cy", y.Y(r.Persons)), A("r", 3.5), A("fill", ReportedColour), A("stroke", "#ffffff"),
                A("stroke-width", 1), Title($"{words.Reported} {ChartWords.Day(r.Date)}: {about}"
                    + $"{words.Number(r.Persons)} ({r.Source})")));
        }
        foreach (var v in data.Votes)
        {
            var cx = x.X(v.Date);
            var adopted = v.Result == VoteResult.Adopted;
            root.Add(El("path", A("class", adopted ? "vote adopted" : "vote rejected"),
                A("d", $"M{F(cx - 5)},{F(top - 9)} L{F(cx + 5)},{F(top - 9)} L{F(cx)},{F(top - 1)} Z"),
                A("fill", adopted ? AdoptedColour : RejectedColour),
                Title($"{v.Mandate}, {ChartWords.Day(v.Date)}: {(adopted ? words.Adopted : words.Rejected)} "
                    + $"({v.Counts})")));
        }
        root.Add(Line("axis", left, top, left, bottom, "#6e7781", 1));
        root.Add(Legend.Draw(Entries(data, words), left, right, size.Height - 30));
        return root;
    }

    /// <summary>The data cut to its period: nothing is drawn outside the plot.</summary>
    private static StrengthChartData Within(StrengthChartData data)
    {
        var period = data.Period;
        DateInterval? Cut(DateInterval days) => days.End < period.Start || days.Start > period.End ? null
            : new DateInterval(LocalDate.Max(days.Start, period.Start), LocalDate.Min(days.End, period.End));
        return data with
        {
            Ceilings = [.. data.Ceilings.Where(c => Cut(c.Days) is not null)
                .Select(c => c with { Days = Cut(c.Days)! })],
            Strength = [.. data.Strength.Where(s => Cut(s.Days) is not null)
                .Select(s => s with { Days = Cut(s.Days)! })],
            Exceptions = [.. data.Exceptions.Select(Cut).OfType<DateInterval>()],
            Reported = [.. data.Reported.Where(r => period.Contains(r.Date))],
            Mandates = [.. data.Mandates.Where(m => period.Contains(m.Begins))],
            Votes = [.. data.Votes.Where(v => period.Contains(v.Date))],
        };
    }

    /// <summary>The strength as a filled step area over the whole period.</summary>
    private static XElement StrengthArea(StrengthChartData data, TimeAxis x, ValueAxis y, double bottom)
    {
        var d = new StringBuilder($"M{F(x.X(data.Period.Start))},{F(bottom)}");
        foreach (var s in data.Strength)
            d.Append($" L{F(x.X(s.Days.Start))},{F(y.Y(s.Persons))} L{F(x.End(s.Days.End))},{F(y.Y(s.Persons))}");
        d.Append($" L{F(x.End(data.Period.End))},{F(bottom)} Z");
        return El("path", A("class", "strength"), A("d", d.ToString()), A("fill", StrengthColour),
            A("fill-opacity", 0.3), A("stroke", StrengthColour), A("stroke-width", 1.5));
    }

    /// <summary>
    /// One red line per run of days at one ceiling (however many mandates it spans), a riser where the next begins
    /// the day after, and the value written above each run that has room for it.
    /// </summary>
    private static IEnumerable<XElement> Ceilings(StrengthChartData data, TimeAxis x, ValueAxis y, ChartWords words)
    {
        var runs = CeilingRuns(data.Ceilings);
        // The last label's right end and height: a label may not touch it, unless it sits a line higher or lower.
        var (labelledTo, labelY) = (double.MinValue, 0.0);
        for (var i = 0; i < runs.Count; i++)
        {
            var (days, persons, mandates) = runs[i];
            double x1 = x.X(days.Start), x2 = x.End(days.End), yy = y.Y(persons);
            yield return Line("ceiling", x1, yy, x2, yy, CeilingColour, 2.5, A("data-persons", persons),
                Title($"{words.Ceiling} {words.Number(persons)}: {Days(days)} ({string.Join(", ", mandates)})"));
            if (i > 0 && runs[i - 1].Days.End.PlusDays(1) == days.Start)
                yield return Line("ceiling riser", x1, y.Y(runs[i - 1].Persons), x1, yy, CeilingColour, 2.5);
            var label = words.Number(persons);
            if ((x1 + 3 > labelledTo || Math.Abs(yy - labelY) >= 12) && Width(label, 11) + 6 <= Math.Max(x2 - x1, 60))
            {
                yield return Text("ceiling-label", x1 + 3, yy - 5, label, "start", A("font-size", 11),
                    A("fill", CeilingColour));
                (labelledTo, labelY) = (x1 + 3 + Width(label, 11) + 6, yy);
            }
        }
    }

    internal static List<(DateInterval Days, int Persons, List<string> Mandates)> CeilingRuns(
        IReadOnlyList<CeilingStep> steps)
    {
        var runs = new List<(DateInterval Days, int Persons, List<string> Mandates)>();
        foreach (var s in steps)
        {
            if (runs.Count > 0 && runs[^1] is var last && last.Persons == s.Persons
                && last.Days.End.PlusDays(1) == s.Days.Start)
            {
                if (!last.Mandates.Contains(s.Mandate)) last.Mandates.Add(s.Mandate);
                runs[^1] = (new DateInterval(last.Days.Start, s.Days.End), last.Persons, last.Mandates);
            }
            else runs.Add((s.Days, s.Persons, [s.Mandate]));
        }
        return runs;
    }

    /// <summary>A dashed line on each mandate's first day; its id above the plot where it does not touch the one
    /// before.</summary>
    private static IEnumerable<XElement> MandateLines(StrengthChartData data, TimeAxis x, double top, double bottom)
    {
        var labelledTo = double.MinValue;
        foreach (var m in data.Mandates)
        {
            var mx = x.X(m.Begins);
            yield return Line("mandate", mx, top, mx, bottom, MandateColour, 1, A("stroke-dasharray", "3 3"),
                Title($"{m.Mandate}: {ChartWords.Day(m.Begins)}"));
            if (mx + 2 <= labelledTo) continue;
            yield return Text("mandate-label", mx + 2, top - 14, m.Mandate, "start", A("font-size", 10),
                A("fill", "#4a535d"));
            labelledTo = mx + 2 + Width(m.Mandate, 10) + 8;
        }
    }

    private static IEnumerable<(string, Func<double, double, XElement>)> Entries(StrengthChartData data,
        ChartWords words)
    {
        yield return (words.Strength, (lx, ly) => Rect("", lx, ly - 6, 16, 12, StrengthColour,
            A("fill-opacity", 0.3), A("stroke", StrengthColour)));
        yield return (words.Ceiling, (lx, ly) => Line("", lx, ly, lx + 16, ly, CeilingColour, 2.5));
        if (data.Reported.Count > 0)
            yield return (words.Reported, (lx, ly) => El("circle", A("cx", lx + 8), A("cy", ly), A("r", 3.5),
                A("fill", ReportedColour)));
        yield return (words.Mandate, (lx, ly) => Line("", lx + 8, ly - 7, lx + 8, ly + 7, MandateColour, 1,
            A("stroke-dasharray", "3 3")));
        if (data.Votes.Any(v => v.Result == VoteResult.Adopted))
            yield return (words.Adopted, (lx, ly) => Triangle(lx + 8, ly, AdoptedColour));
        if (data.Votes.Any(v => v.Result == VoteResult.Rejected))
            yield return (words.Rejected, (lx, ly) => Triangle(lx + 8, ly, RejectedColour));
        if (data.Exceptions.Count > 0)
            yield return (words.Exception, (lx, ly) => Rect("", lx, ly - 6, 16, 12, ExceptionColour,
                A("fill-opacity", 0.45)));
    }

    private static XElement Triangle(double cx, double cy, string fill) =>
        El("path", A("d", $"M{F(cx - 5)},{F(cy - 4)} L{F(cx + 5)},{F(cy - 4)} L{F(cx)},{F(cy + 4)} Z"),
            A("fill", fill));

    /// <summary>What the chart shows, in sentences, for a reader who cannot see it.</summary>
    private static string Describe(StrengthChartData data, ChartWords words)
    {
        var runs = CeilingRuns(data.Ceilings);
        var ceilings = runs.Count == 0 ? words.NoneAuthorised
            : string.Join("; ", runs.Select(r => $"{words.Number(r.Persons)} {Days(r.Days)}"));
        var most = data.Strength.MaxBy(s => s.Persons);
        return $"{data.Name}. {words.Ceiling}: {ceilings}. {words.Strength}: max "
            + $"{words.Number(most?.Persons ?? 0)}{(most is null ? "" : " " + Days(most.Days))}. "
            + $"{words.Reported}: {data.Reported.Count}. {words.Mandate}: {data.Mandates.Count}. "
            + $"{words.Adopted}: {data.Votes.Count(v => v.Result == VoteResult.Adopted)}, "
            + $"{words.Rejected}: {data.Votes.Count(v => v.Result == VoteResult.Rejected)}.";
    }

    private static string Days(DateInterval days) => days.Start == days.End ? ChartWords.Day(days.Start)
        : $"{ChartWords.Day(days.Start)} – {ChartWords.Day(days.End)}";
}
