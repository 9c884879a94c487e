using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"How did this operation's strength stand against its ceiling over these days?"</summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="From">The first day to draw; null for the first day of the operation's life (the first day the law
/// let its tours serve).</param>
/// <param name="To">The last day to draw, inclusive; null for today, or the operation's last day the law let its
/// tours serve if that was before.</param>
public sealed record ChartStrengthRequest(string Operation, LocalDate? From = null, LocalDate? To = null);

/// <summary>
/// What a chart of strength against the ceiling shows: the ceiling steps and the ledger's strength as
/// <see cref="ReadStrength"/> folds them, the record's reported strength, mandate boundaries and votes.
/// </summary>
public static class ChartStrength
{
    /// <summary>The days drawn for an operation the law never let serve: the year up to today.</summary>
    private static readonly Period Fallback = NodaTime.Period.FromDays(365);

    public static StrengthChartData Run(Session session, ChartStrengthRequest request)
    {
        var op = Input.Operation(session.Law.Record(), request.Operation);
        var life = request.From is null || request.To is null ? Life(session, op) : null;
        var period = ChartPeriod.Of(request.From ?? (request.To is { } to && to < life!.Start ? to : life!.Start),
            request.To ?? (request.From is { } from && from > life!.End
                ? LocalDate.Max(from, session.Caller.Today) : life!.End));
        var strength = ReadStrength.Run(session, new StrengthRequest(op.Id.Value, period));
        var ceilings = new List<CeilingStep>();
        var steps = new List<StrengthStep>();
        var exceptions = new List<DateInterval>();
        foreach (var s in strength.Stretches)
        {
            if (s.Ceiling is { } ceiling && !s.LetsNobodyServe)
            {
                if (ceilings.Count > 0 && ceilings[^1] is var last && last.Persons == ceiling
                    && last.Mandate == s.Mandate!.Id.Value && last.Days.End.PlusDays(1) == s.Days.Start)
                    ceilings[^1] = last with { Days = new DateInterval(last.Days.Start, s.Days.End) };
                else
                    ceilings.Add(new CeilingStep(s.Days, ceiling, s.Mandate!.Id.Value));
            }
            if (steps.Count > 0 && steps[^1].Persons == s.Strength)
                steps[^1] = steps[^1] with { Days = new DateInterval(steps[^1].Days.Start, s.Days.End) };
            else
                steps.Add(new StrengthStep(s.Days, s.Strength));
            if (s.UnderException is not null) exceptions.Add(s.Days);
        }
        var reported = op.ReportedStrength.Where(r => period.Contains(r.Date))
            .Select(r => new ReportedPoint(r.Date, r.Persons, r.Approximate, r.Provenance.Resolve(op.Source).Reference))
            .ToList();
        var boundaries = op.Mandates.Where(m => m.ConsentBegins is { } d && period.Contains(d))
            .Select(m => new MandateBoundary(m.ConsentBegins!.Value, m.Id.Value)).OrderBy(b => b.Begins).ToList();
        var votes = op.Mandates.Where(m => m.Vote is { } v && period.Contains(v.Date))
            .Select(m => new VoteMark(m.Vote!.Date, m.Vote.Result, m.Id.Value, m.Vote.Counts))
            .OrderBy(v => v.Date).ToList();
        return new StrengthChartData(op.Id.Value, op.Name, period, ceilings, steps, reported, boundaries, votes,
            exceptions);
    }

    /// <summary>
    /// The operation's life: from the first day the law let its tours serve to today, or to its last such day
    /// where that was before today; the year up to today where it never did.
    /// </summary>
    private static DateInterval Life(Session session, Operation op)
    {
        var today = session.Caller.Today;
        var start = op.Mandates.Select(m => m.ConsentBegins).Where(d => d is not null).Min();
        if (start is not { } first || first > today) return new DateInterval(today - Fallback, today);
        var spans = AuthorisedSpans.Of(session.Law.Authoriser(), op, new DateInterval(first, today));
        if (spans.Count == 0) return new DateInterval(today - Fallback, today);
        return new DateInterval(spans[0].Days.Start, spans[^1].Days.End);
    }
}
