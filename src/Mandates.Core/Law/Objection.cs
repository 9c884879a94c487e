using NodaTime;

namespace Mandates.Core.Law;

/// <summary>A demand for a plenary debate under § 4(1) ParlBG by a parliamentary group or 5 % of members.</summary>
public sealed record Objection(LocalDate Date, string By)
{
    public Provenance Provenance { get; init; }
}
