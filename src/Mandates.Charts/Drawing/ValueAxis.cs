using System.Xml.Linq;
using static Mandates.Charts.Drawing.Svg;

namespace Mandates.Charts.Drawing;

/// <summary>
/// Persons up the y axis, from 0 at the bottom to a round top at the top pixels, with
/// gridlines at round steps (1, 2, 2.5 or 5 times a power of ten).
/// </summary>
internal sealed class ValueAxis
{
    private readonly double top, bottom;

    public ValueAxis(int most, double top, double bottom)
    {
        this.top = top;
        this.bottom = bottom;
        var rough = Math.Max(most, 4) * 1.08 / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        Step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        Top = Math.Ceiling(Math.Max(most, 4) * 1.08 / Step) * Step;
    }

    /// <summary>The value at the top of the plot.</summary>
    public double Top { get; }

    public double Step { get; }

    public double Y(double persons) => bottom - persons / Top * (bottom - top);

    public IEnumerable<XElement> Draw(double left, double right, ChartWords words)
    {
        for (var v = 0.0; v <= Top + Step / 2; v += Step)
        {
            var y = Y(v);
            yield return Line(v == 0 ? "axis" : "grid", left, y, right, y, v == 0 ? "#6e7781" : "#e3e6ea", 1);
            yield return Text("axis-label", left - 6, y + 4, words.Number((int)Math.Round(v)), "end",
                A("font-size", 11));
        }
    }
}
