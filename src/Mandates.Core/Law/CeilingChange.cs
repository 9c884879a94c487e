using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// A later ceiling the same Bundestag decision set: from <see cref="From"/> the mandate's ceiling is
/// <see cref="Persons"/>, until the next change or the mandate's end. A temporary change (a raise for a
/// time, say) has an <see cref="Until"/>: after that day the ceiling in force before it resumes.
/// </summary>
public sealed record CeilingChange
{
    /// <summary>The first day of the new ceiling.</summary>
    public LocalDate From { get; }
    public int Persons { get; }
    /// <summary>The last day (inclusive) of a temporary change; null if it lasts until the next change.</summary>
    public LocalDate? Until { get; init; }
    public Provenance Provenance { get; init; }

    public CeilingChange(LocalDate from, int persons)
    {
        if (persons is <= 0 or > Ceiling.MaxPersons)
            throw new ArgumentException(
                $"A ceiling is a number of persons from 1 to {Ceiling.MaxPersons:N0}; got {persons}.", nameof(persons));
        From = from;
        Persons = persons;
    }
}
