using System.Xml.Linq;
using static Mandates.Charts.Drawing.Svg;

namespace Mandates.Charts.Drawing;

/// <summary>A row of legend entries, each a small sample of its mark and its words, wrapped where the row is
/// full.</summary>
internal static class Legend
{
    /// <summary>The entries from <paramref name="left"/> on, the first row's text at <paramref name="y"/>; each
    /// sample is drawn by its function at the sample's left and middle.</summary>
    public static XElement Draw(IEnumerable<(string Words, Func<double, double, XElement> Sample)> entries,
        double left, double right, double y)
    {
        var g = El("g", A("class", "legend"));
        var x = left;
        foreach (var (words, sample) in entries)
        {
            var width = 22 + Width(words, 11) + 14;
            if (x + width > right && x > left) { x = left; y += 16; }
            g.Add(sample(x, y - 4), Text("legend-label", x + 22, y, words, "start", A("font-size", 11)));
            x += width;
        }
        return g;
    }
}
