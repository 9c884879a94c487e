namespace Mandates.Core.Law;

/// <summary>
/// A clause that lets the ceiling be exceeded for a time (during rotations, transfers, emergencies),
/// bounded by <see cref="ExtraPersons"/> above the ceiling for at most <see cref="MaxDays"/> consecutive days.
/// It applies only when a request names it.
/// </summary>
public sealed record CeilingException
{
    public CeilingExceptionKind Kind { get; }
    public int ExtraPersons { get; }
    public int MaxDays { get; }
    public string? Wording { get; init; }
    public Provenance Provenance { get; init; }

    public CeilingException(CeilingExceptionKind kind, int extraPersons, int maxDays)
    {
        if (extraPersons is <= 0 or > Ceiling.MaxPersons)
            throw new ArgumentException(
                $"An exception allows 1 to {Ceiling.MaxPersons:N0} extra persons; got {extraPersons}.",
                nameof(extraPersons));
        if (maxDays <= 0)
            throw new ArgumentException(
                $"An exception lasts a positive number of days; got {maxDays}.", nameof(maxDays));
        Kind = kind; ExtraPersons = extraPersons; MaxDays = maxDays;
    }
}
