using Mandates.Core.Law;

namespace Mandates.Core.Contracts;

// The facts of a mandate as `show` sends them: each an object of its values and the source in force for it
// (its own, or the mandate's it inherits), so an unconfirmed fact says so where it stands.

/// <summary>Where a fact comes from: the reference, whether it confirms the fact, and why not.</summary>
public sealed record SourceOutput(string Reference, bool Verified, string? Note)
{
    public static SourceOutput Of(Source source) => new(source.Reference, source.Verified, source.Note);
}

/// <summary>A dated fact (a cabinet decision, a start, an end), day as YYYY-MM-DD.</summary>
public sealed record DayFact(string Date, SourceOutput Source);

/// <summary>The government motion: its printed paper and the days of its course.</summary>
public sealed record MotionFact(string Document, string? Url, string? Distributed, string? FirstReading,
    SourceOutput Source);

/// <summary>The committee's recommendation (<c>adopt</c> or <c>reject</c>).</summary>
public sealed record CommitteeFact(string Committee, string Recommendation, string? Document, SourceOutput Source);

/// <summary>A demand for debate on a simplified motion (§ 4(1) ParlBG).</summary>
/// <param name="Timely">Whether it came within the 7 days after distribution; a late one does not stop deemed
/// consent.</param>
public sealed record ObjectionFact(string Date, string By, bool Timely, SourceOutput Source);

/// <summary>The plenary vote; counts null where not recorded.</summary>
public sealed record VoteFact(string Date, string Result, int? Yes, int? No, int? Abstentions, bool RollCall,
    SourceOutput Source);

/// <summary>A fact of plain text (planned duration, mission).</summary>
public sealed record TextFact(string Text, SourceOutput Source);

/// <summary>A legal act a mandate lasts as long as, or names as its legal basis.</summary>
public sealed record ActFact(string Id, string Short, string Title, SourceOutput Source);

/// <summary>The ceiling: the most soldiers at once, with the document that sets it.</summary>
/// <param name="Persons">The most soldiers at once; null where the mandate sets no ceiling (its source says
/// so).</param>
public sealed record CeilingFact(int? Persons, SourceOutput Source)
{
    public static CeilingFact Of(Mandate m) =>
        new(m.Ceiling.Persons, SourceOutput.Of(m.Ceiling.Provenance.Resolve(m.Source)));
}

/// <summary>
/// A clause letting strength exceed the ceiling for a while (<c>rotation</c>, <c>transfer</c>, <c>emergency</c>).
/// </summary>
public sealed record CeilingExceptionFact(string Kind, int ExtraPersons, int MaxDays, string? Wording,
    SourceOutput Source);

/// <summary>A task, area or capability, by its key and title.</summary>
public sealed record ElementFact(string Key, string Title, SourceOutput Source);

/// <summary>The expected costs.</summary>
public sealed record CostsFact(decimal? AmountEur, string? Period, string? Financing, SourceOutput Source);

/// <summary>The official the mandate authorises to deploy.</summary>
public sealed record OfficialFact(string Title, string? Holder, SourceOutput Source);

/// <summary>A revocation of consent (§ 8 ParlBG).</summary>
public sealed record RevocationFact(string Decided, string Effective, string? Document, SourceOutput Source);
