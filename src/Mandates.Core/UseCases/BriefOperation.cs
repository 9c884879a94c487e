using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// "What must a committee member know about this operation on this day?" (the briefing of § 6 ParlBG).
/// </summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="On">The day the briefing speaks of.</param>
public sealed record BriefRequest(string Operation, LocalDate On);

/// <summary>A legal basis of the mandate governing the day, and whether it is in force then.</summary>
/// <param name="Act">The legal act.</param>
/// <param name="Required">Whether the mandate lasts only as long as the act (it ends when the act ends).</param>
/// <param name="InForce">Whether the act is in force on the day, every known change applied.</param>
/// <param name="LastDay">The last day of the act's period in force that holds the day; null if open-ended or not in
/// force.</param>
/// <param name="LastDayBefore">Not in force on the day: the last day it was in force before, if it ever was.</param>
public sealed record LegalBasisStatus(LegalAct Act, bool Required, bool InForce, LocalDate? LastDay,
    LocalDate? LastDayBefore);

/// <summary>
/// The briefing: each part the answer of the use case that owns it, asked about the same operation and day.
/// </summary>
/// <param name="Show">The mandate in force, its chain, and every fact with its source.</param>
/// <param name="LegalBases">The governing mandate's legal bases and their status on the day; empty before any
/// mandate.</param>
/// <param name="Deadlines">What falls due from the day on, and notes on past ones that still stand.</param>
/// <param name="Strength">The ledger's strength against the ceiling over <see cref="StrengthPeriod"/>.</param>
/// <param name="Audit">Every violation of the law among the operation's tours, as known now.</param>
/// <param name="Chart">What a chart of strength against the ceiling over <see cref="StrengthPeriod"/> shows.</param>
/// <param name="StrengthPeriod">The days the strength covers: up to a year before the day, from the day the
/// operation's first consent began if later, to the day.</param>
public sealed record BriefResult(ShowResult Show, IReadOnlyList<LegalBasisStatus> LegalBases,
    DeadlinesResult Deadlines, StrengthResult Strength, AuditResult Audit, StrengthChartData Chart,
    DateInterval StrengthPeriod)
{
    /// <summary>The operation briefed.</summary>
    public Operation Operation => Show.Operation;

    /// <summary>The day the briefing speaks of.</summary>
    public LocalDate On => Show.Day;

    /// <summary>The strength on the day itself (the last stretch of the period).</summary>
    public StrengthStretch StrengthOnTheDay => Strength.Stretches[^1];
}

/// <summary>
/// Gathers the briefing the government owes the Bundestag on a deployment (§ 6 ParlBG) from the use cases that
/// answer each part: <see cref="ShowOperation"/>, <see cref="ListDeadlines"/>, <see cref="ReadStrength"/>,
/// <see cref="ChartStrength"/> and <see cref="AuditLedger"/>. It derives no law of its own; it only reads each legal
/// basis's validity on the day.
/// </summary>
public static class BriefOperation
{
    /// <summary>How far back the strength reaches: a year shows the last mandate change and rotation.</summary>
    private static readonly Period StrengthLookBack = Period.FromYears(1);

    public static BriefResult Run(Session session, BriefRequest request)
    {
        var operation = Input.Operation(session.Law.Record(), request.Operation);
        var day = request.On;
        var show = ShowOperation.Run(session, new ShowRequest(operation.Id.Value, day));
        var bases = show.Governing is { } governing ? Bases(show.Record, governing, day) : [];
        var deadlines = ListDeadlines.Run(session, new DeadlinesRequest(operation.Id.Value, day));
        var period = StrengthPeriod(operation, day);
        var strength = ReadStrength.Run(session, new StrengthRequest(operation.Id.Value, period));
        var chart = ChartStrength.Run(session, new ChartStrengthRequest(operation.Id.Value, period.Start, period.End));
        var audit = AuditLedger.Run(session, new AuditRequest(operation.Id.Value));
        return new BriefResult(show, bases, deadlines, strength, audit, chart, period);
    }

    private static List<LegalBasisStatus> Bases(LegalRecord record, Mandate mandate, LocalDate day) =>
    [
        .. mandate.LegalBases.Concat(mandate.Requires).Distinct().Select(id =>
        {
            var act = record.Act(id);
            var inForce = act.IsInForceOn(day);
            return new LegalBasisStatus(act, mandate.Requires.Contains(id), inForce,
                inForce ? act.LastDayInForceFrom(day) : null, inForce ? null : act.LastDayInForceBefore(day));
        }),
    ];

    private static DateInterval StrengthPeriod(Operation operation, LocalDate day)
    {
        var from = day - StrengthLookBack;
        var first = operation.Mandates.Select(m => m.ConsentBegins).OfType<LocalDate>().DefaultIfEmpty(day).Min();
        if (first > from) from = first > day ? day : first;
        return new DateInterval(from, day);
    }
}
