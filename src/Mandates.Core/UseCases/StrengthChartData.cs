using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// What a chart of one operation's strength against its ceiling shows, over a period: the ceiling as steps (where
/// the law lets tours serve), the ledger's strength, the strength sources reported, the days mandates begin, the
/// plenary votes, and the days over the ceiling under an exception clause. Computed by <see cref="ChartStrength"/>;
/// drawn by a host's chart module.
/// </summary>
/// <param name="Operation">The operation's id, e.g. KFOR.</param>
/// <param name="Name">The operation's name.</param>
/// <param name="Period">The days drawn, both ends included.</param>
/// <param name="Ceilings">The ceiling per run of days, oldest first: one step per change (of value or of mandate);
/// none on days the law lets nobody serve.</param>
/// <param name="Strength">The ledger's strength per run of days of equal strength, covering the whole period.</param>
/// <param name="Reported">Figures sources reported of the soldiers deployed, within the period, oldest first.</param>
/// <param name="Mandates">The first day of each mandate's consent within the period, oldest first.</param>
/// <param name="Votes">The plenary votes within the period, oldest first.</param>
/// <param name="Exceptions">Days over the ceiling that an exception clause makes lawful, oldest first.</param>
public sealed record StrengthChartData(string Operation, string Name, DateInterval Period,
    IReadOnlyList<CeilingStep> Ceilings, IReadOnlyList<StrengthStep> Strength, IReadOnlyList<ReportedPoint> Reported,
    IReadOnlyList<MandateBoundary> Mandates, IReadOnlyList<VoteMark> Votes, IReadOnlyList<DateInterval> Exceptions);

/// <summary>A ceiling in force on every one of <paramref name="Days"/>, set by <paramref name="Mandate"/>.</summary>
public sealed record CeilingStep(DateInterval Days, int Persons, string Mandate);

/// <summary>The ledger's strength (tours serving) on every one of <paramref name="Days"/>.</summary>
public sealed record StrengthStep(DateInterval Days, int Persons);

/// <summary>A figure a source reported of the soldiers deployed on a day (or the month ending that day).</summary>
/// <param name="Approximate">Whether the source gave it as an approximation ("about").</param>
/// <param name="Source">The document the figure comes from.</param>
public sealed record ReportedPoint(LocalDate Date, int Persons, bool Approximate, string Source);

/// <summary>The first day a mandate's consent holds.</summary>
public sealed record MandateBoundary(LocalDate Begins, string Mandate);

/// <summary>A plenary vote on a mandate's motion.</summary>
/// <param name="Counts">The counts as words ("538 yes, 45 no, 5 abstentions"), or that none were recorded.</param>
public sealed record VoteMark(LocalDate Date, VoteResult Result, string Mandate, string Counts);
