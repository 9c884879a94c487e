using System.Globalization;
using System.Xml.Linq;

namespace Mandates.Charts.Drawing;

/// <summary>
/// SVG elements built in code: presentation attributes for a drawing that renders as it is (the PNG, a file
/// opened alone), CSS classes for a page that restyles it, a <c>title</c> on anything a reader may ask about.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The font every text is drawn in; the PNG loads exactly this one (see
    /// <see cref="Raster.ChartFont"/>).</summary>
    public const string FontFamily = "DejaVu Sans, Verdana, sans-serif";

    /// <summary>
    /// The root: its size, a title and a description for screen readers (role img, labelled by both), and a
    /// white background so the PNG and a dark page show the same chart.
    /// </summary>
    public static XElement Root(string cssClass, string id, ChartSize size, string title, string desc) =>
        new(Ns + "svg",
            new XAttribute("class", cssClass),
            new XAttribute("width", size.Width), new XAttribute("height", size.Height),
            new XAttribute("viewBox", $"0 0 {size.Width} {size.Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", FontFamily), new XAttribute("font-size", 12),
            new XElement(Ns + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Ns + "desc", new XAttribute("id", $"{id}-desc"), desc),
            new XElement(Ns + "rect", new XAttribute("class", "background"), new XAttribute("width", size.Width),
                new XAttribute("height", size.Height), new XAttribute("fill", "#ffffff")));

    /// <summary>An element; an attribute given twice takes the later value (a default, then the caller's).</summary>
    public static XElement El(string name, params object?[] content)
    {
        var element = new XElement(Ns + name);
        Add(element, content);
        return element;
    }

    private static void Add(XElement element, object?[] content)
    {
        foreach (var item in content)
        {
            if (item is XAttribute attribute) element.SetAttributeValue(attribute.Name, attribute.Value);
            else if (item is object?[] more) Add(element, more);
            else if (item is not null) element.Add(item);
        }
    }

    public static XAttribute A(string name, object value) => new(name, value is double d ? F(d) : value);

    public static XElement Title(string text) => new(Ns + "title", text);

    public static XElement Line(string cssClass, double x1, double y1, double x2, double y2, string stroke,
        double width, params object?[] more) =>
        El("line", A("class", cssClass), A("x1", x1), A("y1", y1), A("x2", x2), A("y2", y2), A("stroke", stroke),
            A("stroke-width", width), more);

    public static XElement Rect(string cssClass, double x, double y, double w, double h, string fill,
        params object?[] more) =>
        El("rect", A("class", cssClass), A("x", x), A("y", y), A("width", Math.Max(0, w)), A("height", Math.Max(0, h)),
            A("fill", fill), more);

    public static XElement Text(string cssClass, double x, double y, string text, string anchor = "start",
        params object?[] more) =>
        El("text", A("class", cssClass), A("x", x), A("y", y), A("text-anchor", anchor), A("fill", "#1f2328"), more,
            text);

    /// <summary>A number as SVG writes it: invariant, at most two decimals.</summary>
    public static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// How wide a text of <paramref name="size"/> pixels is drawn, near enough to keep labels apart: DejaVu Sans
    /// averages a little under 0.6 em a character; a wider guess only leaves more room.
    /// </summary>
    public static double Width(string text, double size = 12) => text.Length * size * 0.62;

    public static string Write(XElement root) => root.ToString(SaveOptions.DisableFormatting);
}
