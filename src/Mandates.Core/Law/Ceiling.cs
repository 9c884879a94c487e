namespace Mandates.Core.Law;

/// <summary>
/// The most soldiers that may be deployed at once under the operation on any day, or, where the Bundestag's
/// decision set none (the consents of 1994 to the Adriatic embargo and AWACS, Allied Force in 1998), the
/// stated fact that it set none: <see cref="NoneSet"/>, whose <see cref="Persons"/> is null. A mandate never
/// lacks the fact: "no ceiling" is what its document says, with that document as its source, not a number
/// read as 0 or as infinity.
/// </summary>
public sealed record Ceiling
{
    /// <summary>More than any armed forces have; keeps every sum of persons far from overflowing.</summary>
    public const int MaxPersons = 1_000_000;

    /// <summary>The most persons at once; null where the decision sets no ceiling.</summary>
    public int? Persons { get; }
    public Provenance Provenance { get; init; }

    /// <summary>Whether the decision sets a ceiling (a number of persons).</summary>
    public bool IsSet => Persons is not null;

    public Ceiling(int persons)
    {
        if (persons is <= 0 or > MaxPersons)
            throw new ArgumentException(
                $"A ceiling is a number of persons from 1 to {MaxPersons:N0}; got {persons}.", nameof(persons));
        Persons = persons;
    }

    private Ceiling() { }

    /// <summary>The decision sets no ceiling: any number may serve, no ceiling finding refuses.</summary>
    public static Ceiling NoneSet => new();

    /// <summary>"1,350", or "no ceiling" where none is set.</summary>
    public override string ToString() =>
        Persons?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "no ceiling";
}
