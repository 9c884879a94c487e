using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// Armed forces deployed from <see cref="From"/> to <see cref="To"/> (both inclusive) without the
/// Bundestag's consent, and never approved after (AWACS over Turkey in 2003, the evacuation from Libya
/// in 2011): a fact of the record, which `audit` and `list` report as such, and which no rule authorises.
/// </summary>
public sealed record DeploymentWithoutConsent
{
    public LocalDate From { get; }
    public LocalDate To { get; }
    /// <summary>How many soldiers, where a source gives it.</summary>
    public int? Persons { get; init; }
    /// <summary>What happened: why no consent was sought or given.</summary>
    public string Why { get; }
    /// <summary>The court's finding on it, if any, e.g. "BVerfGE 121, 135 (2 BvE 1/03, 7 May 2008)".</summary>
    public string? Ruling { get; init; }
    public Provenance Provenance { get; init; }

    public DeploymentWithoutConsent(LocalDate from, LocalDate to, string why)
    {
        if (to < from)
            throw new ArgumentException($"A deployment ends on or after it begins ({from}); got {to}.", nameof(to));
        if (string.IsNullOrWhiteSpace(why))
            throw new ArgumentException("A deployment without consent says what happened.", nameof(why));
        From = from;
        To = to;
        Why = why;
    }

    /// <summary>Whether the deployment lasted over <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => From <= day && day <= To;
}
