namespace Mandates.Charts;

/// <summary>
/// A PNG cannot be drawn: the font its text is drawn in is not installed. An SVG needs no font of the machine's
/// (the viewer draws its text).
/// </summary>
public sealed class ChartFontMissingException(string path) : FileNotFoundException(
    $"A PNG chart's text is drawn in DejaVu Sans, and {path} is missing: install it (Debian: apt-get install "
    + "fonts-dejavu-core), or draw the chart as .svg.", path);
