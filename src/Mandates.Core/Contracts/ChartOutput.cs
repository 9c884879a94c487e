namespace Mandates.Core.Contracts;

/// <summary><c>chart</c>'s answer: the file drawn, and what it shows.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="File">The file written, as a full path.</param>
/// <param name="Format">svg or png.</param>
/// <param name="Chart">strength (one operation against its ceiling) or timeline (every operation).</param>
/// <param name="Operation">The operation drawn; null for a timeline.</param>
/// <param name="From">The first day drawn.</param>
/// <param name="To">The last day drawn, inclusive.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public sealed record ChartOutput(int SchemaVersion, string File, string Format, string Chart, string? Operation,
    string From, string To, int Width, int Height);
