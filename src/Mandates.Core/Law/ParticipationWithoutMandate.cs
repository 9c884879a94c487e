using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// Soldiers taking part in an operation from <see cref="From"/> to <see cref="To"/> (both inclusive; open while
/// it lasts) in a way that needs no consent of the Bundestag: the ParlBG's consent covers the deployment of
/// armed forces (§ 1(2), § 2(1) ParlBG, "Einsatz bewaffneter Streitkräfte"), and unarmed observers are not one
/// (MINURSO since 2013). A fact of the record that `list` and `show` state; it is no breach, so `audit` does not
/// report it, and it authorises no armed deployment, so `check` still refuses for want of consent.
/// </summary>
public sealed record ParticipationWithoutMandate
{
    public LocalDate From { get; }
    /// <summary>The last day (inclusive); null while the participation lasts.</summary>
    public LocalDate? To { get; }
    /// <summary>How many soldiers at most, as the source gives it (e.g. "up to four"); null where none does.</summary>
    public int? Persons { get; init; }
    /// <summary>Why no consent is needed, in a few words, e.g. "unarmed military observers".</summary>
    public string Why { get; }
    public required Source Source { get; init; }

    public ParticipationWithoutMandate(LocalDate from, LocalDate? to, string why)
    {
        if (to < from)
            throw new ArgumentException($"A participation ends on or after it begins ({from}); got {to}.", nameof(to));
        if (string.IsNullOrWhiteSpace(why))
            throw new ArgumentException("A participation without a mandate says why none is needed.", nameof(why));
        From = from;
        To = to;
        Why = why;
    }

    /// <summary>Whether the participation lasted over <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => From <= day && (To is not { } last || day <= last);
}
