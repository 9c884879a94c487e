using System.Xml.Linq;
using NodaTime;
using static Mandates.Charts.Drawing.Svg;

namespace Mandates.Charts.Drawing;

/// <summary>
/// Days along the x axis, from <paramref name="left"/> to <paramref name="right"/> pixels: each day a band from its
/// start to the next day's, and ticks (years, months or days) spaced so their labels never touch.
/// </summary>
internal sealed class TimeAxis(DateInterval period, double left, double right)
{
    private readonly int days = period.Length;

    /// <summary>Where <paramref name="day"/> begins.</summary>
    public double X(LocalDate day) => left + Period.DaysBetween(period.Start, day) * (right - left) / days;

    /// <summary>Where <paramref name="day"/> ends (the next day begins).</summary>
    public double End(LocalDate day) => X(day.PlusDays(1));

    /// <summary>Gridlines and labels below <paramref name="bottom"/>, gridlines up to <paramref name="top"/>.</summary>
    public IEnumerable<XElement> Draw(double top, double bottom)
    {
        foreach (var (day, label) in Ticks())
        {
            var x = X(day);
            yield return Line("grid", x, top, x, bottom, "#e3e6ea", 1);
            yield return Line("tick", x, bottom, x, bottom + 4, "#6e7781", 1);
            yield return Text("axis-label", x, bottom + 17, label, "middle", A("font-size", 11));
        }
    }

    /// <summary>The ticks: January 1sts, 1sts of months or days, as many as fit at one label's width apart.</summary>
    private IEnumerable<(LocalDate Day, string Label)> Ticks()
    {
        var perDay = (right - left) / days;
        var years = days / 365.25;
        if (years >= 3)
        {
            var room = Width("2026", 11) + 14;
            var step = new[] { 1, 2, 5, 10, 20, 50 }.FirstOrDefault(s => s * 365.25 * perDay >= room, 100);
            var year = (period.Start.Year + step - 1) / step * step;
            for (var d = new LocalDate(year, 1, 1); d <= period.End; d = d.PlusYears(step))
                if (d >= period.Start)
                    yield return (d, d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (days >= 90)
        {
            var room = Width("2026-07", 11) + 14;
            var step = new[] { 1, 2, 3, 6, 12 }.FirstOrDefault(s => s * 30.4 * perDay >= room, 24);
            var first = new LocalDate(period.Start.Year, period.Start.Month, 1);
            if (first < period.Start) first = first.PlusMonths(1);
            while ((first.Month - 1) % step != 0) first = first.PlusMonths(1);
            for (var d = first; d <= period.End; d = d.PlusMonths(step))
                yield return (d, d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            var room = Width("2026-07-01", 11) + 14;
            var step = new[] { 1, 2, 7, 14, 28 }.FirstOrDefault(s => s * perDay >= room, 56);
            for (var d = period.Start; d <= period.End; d = d.PlusDays(step))
                yield return (d, ChartWords.Day(d));
        }
    }
}
