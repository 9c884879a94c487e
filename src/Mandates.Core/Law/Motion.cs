using NodaTime;

namespace Mandates.Core.Law;

/// <summary>The government's motion (Antrag) as printed: its document number and when it was distributed.</summary>
public sealed record Motion(string Document)
{
    public string? Url { get; init; }
    /// <summary>The day the printed paper was distributed; it starts the § 4 and § 7(2) clocks.</summary>
    public LocalDate? Distributed { get; init; }
    public LocalDate? FirstReading { get; init; }
    public Provenance Provenance { get; init; }
}
