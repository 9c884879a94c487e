namespace Mandates.Charts;

/// <summary>A chart's size in pixels (SVG user units): from <see cref="Smallest"/> to <see cref="Largest"/> each
/// way.</summary>
public readonly record struct ChartSize
{
    public const int Smallest = 200, Largest = 8000;

    /// <summary>The size a strength chart has unless asked otherwise.</summary>
    public static readonly ChartSize Strength = new(900, 360);

    /// <summary>The size a timeline has unless asked otherwise: room for a row per operation.</summary>
    public static readonly ChartSize Timeline = new(1200, 760);

    public int Width { get; }
    public int Height { get; }

    public ChartSize(int width, int height)
    {
        if (width is < Smallest or > Largest)
            throw new ArgumentException($"A chart is {Smallest} to {Largest} pixels wide; got {width}.", nameof(width));
        if (height is < Smallest or > Largest)
            throw new ArgumentException($"A chart is {Smallest} to {Largest} pixels high; got {height}.",
                nameof(height));
        Width = width;
        Height = height;
    }
}
