using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// The Bundestag's withdrawal of consent (§ 8 ParlBG); the mandate authorises nothing from
/// <see cref="Effective"/> on.
/// </summary>
public sealed record Revocation(LocalDate Decided, LocalDate Effective)
{
    public string? Document { get; init; }
    public bool EffectiveStated { get; init; }
    public Provenance Provenance { get; init; }
}
