using SkiaSharp;

namespace Mandates.Charts.Raster;

/// <summary>
/// The font a PNG's text is drawn in, loaded from its file: DejaVu Sans (Debian's fonts-dejavu-core), the font the
/// SVG names first. Chosen explicitly, not whatever the system's font lookup finds, so a PNG looks the same on every
/// machine that has the font, and says so where it has not.
/// </summary>
internal static class ChartFont
{
    /// <summary>Where Debian (and most Linux systems) install it.</summary>
    public static readonly string Folder = "/usr/share/fonts/truetype/dejavu";

    public const string Regular = "DejaVuSans.ttf", Bold = "DejaVuSans-Bold.ttf";

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> faces = new(Load);

    public static SKTypeface Face(bool bold) => bold ? faces.Value.Bold : faces.Value.Regular;

    private static (SKTypeface, SKTypeface) Load()
    {
        var regular = Path.Combine(Folder, Regular);
        var face = File.Exists(regular) ? SKTypeface.FromFile(regular) : null;
        if (face is null) throw new ChartFontMissingException(regular);
        var bold = Path.Combine(Folder, Bold);
        return (face, (File.Exists(bold) ? SKTypeface.FromFile(bold) : null) ?? face);
    }
}
