using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Mandates.Charts.Raster;

/// <summary>
/// A chart's SVG drawn into a PNG (Svg.Skia on SkiaSharp): one drawing, two formats, so the PNG can never show
/// other marks than the SVG.
/// </summary>
internal static class ChartPng
{
    public static byte[] Render(string svgText, ChartSize size)
    {
        // Fail before drawing, with a message saying what to install, not inside the renderer.
        ChartFont.Face(bold: false);
        using var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [new OneFont()];
        var picture = svg.FromSvg(svgText)
            ?? throw new InvalidOperationException(
                "The chart's SVG did not draw; it is built in code, so this is a bug.");
        using var bitmap = new SKBitmap(size.Width, size.Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            var bounds = picture.CullRect;
            if (bounds.Width > 0 && bounds.Height > 0)
                canvas.Scale(size.Width / bounds.Width, size.Height / bounds.Height);
            canvas.DrawPicture(picture);
        }
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Every text in DejaVu Sans, bold where the SVG asks for bold (see <see cref="ChartFont"/>).</summary>
    private sealed class OneFont : ITypefaceProvider
    {
        public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
            SKFontStyleSlant fontStyle) => ChartFont.Face(fontWeight >= SKFontStyleWeight.SemiBold);
    }
}
