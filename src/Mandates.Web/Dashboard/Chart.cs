using System.Globalization;
using System.Net;
using System.Text;
using Mandates.Core.Contracts;

namespace Mandates.Web.Dashboard;

/// <summary>
/// The strength against the ceiling over time, drawn on the server as inline SVG (no script): the strength as a
/// filled step area, the ceiling as a dashed step line, each mandate's first day as a labelled vertical line.
/// </summary>
internal static class Chart
{
    private const int Width = 900, Height = 300, Left = 56, Right = 16, Top = 16, Bottom = 40;

    public static string Svg(IReadOnlyList<StretchOutput> stretches, string title, string strengthWord,
        string ceilingWord)
    {
        if (stretches.Count == 0) return "";
        var first = Day(stretches[0].From);
        var last = Day(stretches[^1].To).AddDays(1);
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        var top = Math.Max(1, stretches.Max(s => Math.Max(s.Strength, s.Ceiling ?? 0)));
        top = (int)Math.Ceiling(top * 1.1);
        double X(DateOnly d) => Left + (d.DayNumber - first.DayNumber) * (double)(Width - Left - Right) / span;
        double Y(int n) => Top + (Height - Top - Bottom) * (1 - n / (double)top);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="chart-title">{Esc(title)}</title>""");
        // Axis lines and the value scale: 0, half, the top.
        foreach (var n in new[] { 0, top / 2, top })
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{F(Y(n))}" y2="{F(Y(n))}" stroke="#c7cdd4"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{F(Y(n) + 4)}" text-anchor="end">{Ui.Number(n)}</text>""");
        }
        var area = new StringBuilder($"M{F(X(first))},{F(Y(0))}");
        foreach (var s in stretches)
        {
            area.Append(CultureInfo.InvariantCulture, $" L{F(X(Day(s.From)))},{F(Y(s.Strength))}");
            area.Append(CultureInfo.InvariantCulture, $" L{F(X(Day(s.To).AddDays(1)))},{F(Y(s.Strength))}");
        }
        area.Append(CultureInfo.InvariantCulture, $" L{F(X(last))},{F(Y(0))} Z");
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="{area}" fill="#0b5cad" fill-opacity="0.35" stroke="#0b5cad"/>""");
        // The ceiling, only where a mandate sets one.
        foreach (var s in stretches.Where(s => s.Ceiling is not null))
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(X(Day(s.From)))}" x2="{F(X(Day(s.To).AddDays(1)))}" y1="{F(Y(s.Ceiling!.Value))}" y2="{F(Y(s.Ceiling!.Value))}" stroke="#a3261b" stroke-width="2.5" stroke-dasharray="6 3"/>""");
        string? mandate = null;
        foreach (var s in stretches)
        {
            if (s.Mandate is null || s.Mandate == mandate) continue;
            mandate = s.Mandate;
            var x = F(X(Day(s.From)));
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x}" x2="{x}" y1="{Top}" y2="{Height - Bottom}" stroke="#4a535d" stroke-dasharray="2 2"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x}" y="{Height - Bottom + 14}">{Esc(s.Mandate)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 6}">{Esc(Ui.Day(stretches[0].From))}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width - Right}" y="{Height - 6}" text-anchor="end">{Esc(Ui.Day(stretches[^1].To))}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left + 8}" y="{Top + 2}" width="12" height="12" fill="#0b5cad" fill-opacity="0.35" stroke="#0b5cad"/><text x="{Left + 26}" y="{Top + 12}">{Esc(strengthWord)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left + 160}" x2="{Left + 180}" y1="{Top + 8}" y2="{Top + 8}" stroke="#a3261b" stroke-width="2.5" stroke-dasharray="6 3"/><text x="{Left + 186}" y="{Top + 12}">{Esc(ceilingWord)}</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
