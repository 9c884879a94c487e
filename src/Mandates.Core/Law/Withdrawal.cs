using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// The government's withdrawal of its motion before the Bundestag decided it: the mandate it asked for
/// never receives consent and authorises no day.
/// </summary>
public sealed record Withdrawal(LocalDate Date)
{
    public Provenance Provenance { get; init; }
}
