using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// Days of equal strength that the law treats alike: the governing mandate (if any), and why the law lets no
/// tour serve on them, rule by rule (none if it does), the strength over the ceiling among them.
/// </summary>
/// <param name="Days">The stretch's days, both ends included.</param>
/// <param name="Strength">How many serve on each of them.</param>
/// <param name="Mandate">The mandate governing them; null where none does.</param>
/// <param name="Refusals">Why the law lets no tour serve on them, by rule id; empty if it does.</param>
public sealed record StrengthStretch(DateInterval Days, int Strength, Mandate? Mandate,
    IReadOnlyList<(string Rule, string Reason)> Refusals)
{
    /// <summary>Where the strength is over the ceiling but every tour above it is within an exception
    /// clause's bounds: why that is lawful.</summary>
    public string? UnderException { get; init; }

    /// <summary>Whether the law lets tours serve on these days, at this strength.</summary>
    public bool Authorises => Mandate is not null && Refusals.Count == 0;

    /// <summary>Whether the law lets nobody serve on these days, whatever the strength: no mandate, or a rule
    /// other than the ceiling refuses.</summary>
    public bool LetsNobodyServe => Mandate is null || Refusals.Any(r => r.Rule != Rulebook.Ceiling.Id);

    /// <summary>
    /// Headroom under the mandate's ceiling: negative over it, and none (0) where the law lets nobody serve, as
    /// check says; null where no mandate governs, or where the governing mandate sets no ceiling (and lets
    /// tours serve): no number bounds them.
    /// </summary>
    public int? Headroom => Mandate is null ? null
        : Ceiling is not { } ceiling ? (LetsNobodyServe ? 0 : null)
        : LetsNobodyServe ? Math.Min(0, ceiling - Strength)
        : ceiling - Strength;

    /// <summary>Whether a mandate governs these days and sets no ceiling.</summary>
    public bool NoCeilingSet => Mandate is not null && Ceiling is null;

    /// <summary>
    /// The governing mandate's ceiling on these days (stretches are cut where it changes within the mandate);
    /// null where no mandate governs or where it sets no ceiling (<see cref="NoCeilingSet"/>).
    /// </summary>
    public int? Ceiling => Mandate?.CeilingOn(Days.Start).Persons;
}
