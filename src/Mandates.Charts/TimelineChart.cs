using System.Globalization;
using System.Xml.Linq;
using Mandates.Charts.Drawing;
using Mandates.Core.UseCases;
using NodaTime;
using static Mandates.Charts.Drawing.Svg;

namespace Mandates.Charts;

/// <summary>
/// Every operation on one timeline: a row each, a bar for each run of days the law let its tours serve, coloured by
/// its lead organisation (UN, NATO, EU, national or other), its ceilings written on the bars where they fit.
/// </summary>
public static class TimelineChart
{
    /// <summary>The timeline as an SVG document (a string of XML, ready to inline in HTML).</summary>
    public static string Svg(TimelineData data, ChartSize size, ChartWords? words = null) =>
        Write(Draw(data, size, words ?? ChartWords.English));

    /// <summary>The same drawing as a PNG of exactly <paramref name="size"/> pixels.</summary>
    /// <exception cref="ChartFontMissingException">The font the text is drawn in is not installed.</exception>
    public static byte[] Png(TimelineData data, ChartSize size, ChartWords? words = null) =>
        Raster.ChartPng.Render(Svg(data, size, words), size);

    private static XElement Draw(TimelineData data, ChartSize size, ChartWords words)
    {
        var (first, last) = (ChartWords.Day(data.Period.Start), ChartWords.Day(data.Period.End));
        var title = data.Chain is { } chain ? words.Title(words.ChainTitle, chain, first, last)
            : words.Title(words.TimelineTitle, first, last);
        var id = data.Chain is null ? "timeline" : "chain-" + data.Chain.ToLowerInvariant();
        var root = Root("chart timeline-chart", id, size, title, Describe(data, words));
        var labels = Math.Min(180, data.Operations.Select(o => Width(o.Operation, 11)).DefaultIfEmpty(40).Max() + 12);
        double left = 8 + labels, right = size.Width - 16, top = 40,
            bottom = size.Height - (data.Chain is null ? 58 : 30);
        var x = new TimeAxis(data.Period, left, right);
        root.Add(Text("chart-title", 8, 22, title, "start", A("font-size", 15), A("font-weight", "bold")));
        root.Add(x.Draw(top, bottom));
        var rowHeight = (bottom - top) / Math.Max(1, data.Operations.Count);
        var bar = Math.Max(2, Math.Min(rowHeight - 3, rowHeight * 0.78));
        var font = Math.Clamp(bar * 0.72, 6, 11);
        for (var i = 0; i < data.Operations.Count; i++)
        {
            var row = data.Operations[i];
            var group = LeadGroups.Of(row.Lead);
            var y = top + i * rowHeight + (rowHeight - bar) / 2;
            var g = El("g", A("class", "row " + LeadGroups.Class(group)), A("data-operation", row.Operation),
                Title($"{row.Operation}: {row.Name} ({row.Lead})"));
            if (i % 2 == 1) g.Add(Rect("stripe", 0, top + i * rowHeight, size.Width, rowHeight, "#f4f6f8"));
            g.Add(Text("row-label", left - 6, y + bar / 2 + font * 0.36, row.Operation, "end", A("font-size", font)));
            foreach (var s in row.Spans)
                g.Add(Rect("span " + LeadGroups.Class(group), x.X(s.Days.Start), y,
                    Math.Max(1.5, x.End(s.Days.End) - x.X(s.Days.Start)), bar, LeadGroups.Colour(group),
                    A("data-ceiling", s.Ceiling?.ToString(CultureInfo.InvariantCulture) ?? "none"),
                    Title($"{s.Mandate}: {words.Ceiling} {words.Limit(s.Ceiling)}, {Days(s.Days)}")));
            g.Add(CeilingLabels(row, x, y, bar, font, right, words));
            if (row.Spans.Count == 0)
                g.Add(Text("none", left + 4, y + bar / 2 + font * 0.36, words.NoneAuthorised, "start",
                    A("font-size", font), A("fill", "#57606a"), A("font-style", "italic")));
            root.Add(g);
        }
        // A chain's rows share one lead: the legend would say nothing the title does not.
        if (data.Chain is null)
            root.Add(Legend.Draw(Enum.GetValues<LeadGroup>().Select(lead => (words.Lead[(int)lead],
                (Func<double, double, XElement>)((lx, ly) => Rect("", lx, ly - 6, 16, 12, LeadGroups.Colour(lead))))),
                left, right, size.Height - 22));
        return root;
    }

    /// <summary>
    /// Each run of bars at one ceiling labelled once: inside the bar where it fits, else just after the row's last
    /// bar where the plot has room; else not at all (the bar's title still says it).
    /// </summary>
    private static IEnumerable<XElement> CeilingLabels(TimelineRow row, TimeAxis x, double y, double bar,
        double font, double right, ChartWords words)
    {
        var runs = new List<(LocalDate Start, LocalDate End, int? Ceiling)>();
        foreach (var s in row.Spans)
            if (runs.Count > 0 && runs[^1].Ceiling == s.Ceiling && runs[^1].End.PlusDays(1) == s.Days.Start)
                runs[^1] = (runs[^1].Start, s.Days.End, s.Ceiling);
            else runs.Add((s.Days.Start, s.Days.End, s.Ceiling));
        var labelledTo = double.MinValue;
        for (var i = 0; i < runs.Count; i++)
        {
            var (start, end, ceiling) = runs[i];
            var label = words.Limit(ceiling);
            double x1 = x.X(start), x2 = x.End(end), width = Width(label, font) + 6;
            var baseline = y + bar / 2 + font * 0.36;
            if (x2 - x1 >= width && x1 >= labelledTo)
            {
                yield return Text("ceiling-label", x1 + (x2 - x1) / 2, baseline, label, "middle",
                    A("font-size", font), A("fill", "#ffffff"));
                labelledTo = x2;
            }
            else if (i == runs.Count - 1 && x2 + width + 2 <= right && x2 >= labelledTo)
            {
                yield return Text("ceiling-label outside", x2 + 3, baseline, label, "start", A("font-size", font));
                labelledTo = x2 + width;
            }
        }
    }

    private static string Describe(TimelineData data, ChartWords words) => string.Join("; ",
        data.Operations.Select(o => $"{o.Operation} ({o.Lead}): " + (o.Spans.Count == 0 ? words.NoneAuthorised
            : $"{ChartWords.Day(o.Spans[0].Days.Start)} – {ChartWords.Day(o.Spans[^1].Days.End)}, {words.Ceiling} "
                + string.Join(", ", o.Spans.Select(s => s.Ceiling).Distinct().Select(words.Limit))))) + ".";

    private static string Days(DateInterval days) => days.Start == days.End ? ChartWords.Day(days.Start)
        : $"{ChartWords.Day(days.Start)} – {ChartWords.Day(days.End)}";
}
