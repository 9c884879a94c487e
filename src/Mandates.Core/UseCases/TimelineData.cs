using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// Authorised days on one timeline, computed by <see cref="ChartTimeline"/>: one row per operation, in the record's
/// order, each with the runs of days the law let tours serve and the ceiling on them; or, for one operation's chain
/// (<paramref name="Chain"/>), one row per mandate.
/// </summary>
/// <param name="Period">The days drawn, both ends included.</param>
/// <param name="Operations">The rows: operations, or the mandates of <paramref name="Chain"/>.</param>
/// <param name="Chain">The operation whose chain of mandates the rows are; null where each row is an operation.</param>
public sealed record TimelineData(DateInterval Period, IReadOnlyList<TimelineRow> Operations, string? Chain = null);

/// <summary>One row of the timeline: an operation (or, in a chain, one of its mandates, its id in
/// <paramref name="Operation"/>).</summary>
/// <param name="Lead">The lead organisation as the record names it (UN, NATO, EU, national, …).</param>
/// <param name="Spans">The runs of days within the period on which the law let tours serve, oldest first; empty
/// where it let none within the period.</param>
public sealed record TimelineRow(string Operation, string Name, string Lead, IReadOnlyList<AuthorisedSpan> Spans);

/// <summary>Days on which the law let tours serve under <paramref name="Mandate"/>, at one ceiling.</summary>
/// <param name="Ceiling">The ceiling on every one of the days (in an operation with parts, their sum); null where
/// the mandate set none.</param>
public sealed record AuthorisedSpan(DateInterval Days, int? Ceiling, string Mandate);
