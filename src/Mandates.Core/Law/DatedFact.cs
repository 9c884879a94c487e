using NodaTime;

namespace Mandates.Core.Law;

/// <summary>A dated fact with its own provenance (cabinet decision, start, end).</summary>
public sealed record DatedFact(LocalDate Date, Provenance Provenance = default);
