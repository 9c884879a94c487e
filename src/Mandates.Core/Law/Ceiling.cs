namespace Mandates.Core.Law;

/// <summary>The most soldiers that may be deployed at once under the operation on any day.</summary>
public sealed record Ceiling
{
    /// <summary>More than any armed forces have; keeps every sum of persons far from overflowing.</summary>
    public const int MaxPersons = 1_000_000;

    public int Persons { get; }
    public Provenance Provenance { get; init; }

    public Ceiling(int persons)
    {
        if (persons is <= 0 or > MaxPersons)
            throw new ArgumentException(
                $"A ceiling is a number of persons from 1 to {MaxPersons:N0}; got {persons}.", nameof(persons));
        Persons = persons;
    }

    public override string ToString() => Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
