using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// A dated change to a legal act's validity, decided on <see cref="Date"/>. <see cref="Until"/> is
/// inclusive: the last day the act is in force, or null for open-ended (only for extensions).
/// </summary>
public sealed record ValidityChange
{
    public LocalDate Date { get; }
    public ValidityChangeKind Kind { get; }
    public LocalDate? Until { get; }
    public string? Document { get; init; }
    public Provenance Provenance { get; init; }

    public ValidityChange(LocalDate date, ValidityChangeKind kind, LocalDate? until)
    {
        if (kind == ValidityChangeKind.Terminated && until is null)
            throw new ArgumentException("A termination needs the act's last day in force.", nameof(until));
        Date = date;
        Kind = kind;
        Until = until;
    }

    /// <summary>
    /// Why this change cannot be the next one of an act adopted on <paramref name="adopted"/> and in force
    /// from <paramref name="inForceFrom"/>, whose latest change so far was decided on
    /// <paramref name="previous"/>; empty if it can. Fields are those of a change in the record format.
    /// </summary>
    public IReadOnlyList<Contradiction> ContradictionsAfter(
        LocalDate adopted, LocalDate inForceFrom, LocalDate? previous)
    {
        var found = new List<Contradiction>();
        if (Date < adopted)
            found.Add(new("date", Days.Format(Date),
                $"a day on or after the act was adopted ({Days.Format(adopted)}): "
                + "an act is changed only once it exists"));
        else if (previous is { } last && Date < last)
            found.Add(new("date", Days.Format(Date),
                $"a day on or after the act's latest change ({Days.Format(last)}): "
                + "changes are appended oldest first, never dated before one already recorded"));
        if (Kind == ValidityChangeKind.Extended && Until is { } extendedTo && extendedTo < Date)
            found.Add(new("until", Days.Format(extendedTo),
                $"'open' or a last day on or after the day the extension was decided ({Days.Format(Date)}): "
                + "an extension carries the act on from its decision, never to a day already past"));
        if (Kind == ValidityChangeKind.Terminated && Until is { } end && end < inForceFrom)
            found.Add(new("until", Days.Format(end),
                $"a last day on or after the act came into force ({Days.Format(inForceFrom)}): "
                + "a termination cannot end an act before it began"));
        return found;
    }
}
