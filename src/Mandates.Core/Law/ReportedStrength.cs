using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// A figure a source gives of the soldiers actually deployed in an operation on a day (or in the month
/// ending that day). Kept apart from the ledger's tours: it is what was reported, not what was recorded
/// here, and no rule reads it.
/// </summary>
public sealed record ReportedStrength
{
    /// <summary>The most persons a figure may give; the same bound as a ceiling's.</summary>
    public const int MaxPersons = Ceiling.MaxPersons;

    /// <summary>The day the figure is for (or the last day of the month it is for).</summary>
    public LocalDate Date { get; }
    public int Persons { get; }
    /// <summary>Whether the source gives the figure as an approximation ("about", "rund", "etwa").</summary>
    public bool Approximate { get; init; }
    /// <summary>The figure's own source, verified flag and note; what it leaves out it is the operation's.</summary>
    public Provenance Provenance { get; init; }

    public ReportedStrength(LocalDate date, int persons)
    {
        if (persons is < 0 or > MaxPersons)
            throw new ArgumentException(
                $"A reported strength is a number of persons from 0 to {MaxPersons:N0}; got {persons}.",
                nameof(persons));
        Date = date;
        Persons = persons;
    }
}
