using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"When was each operation authorised, under whose lead, and with what ceiling?"</summary>
/// <param name="From">The first day to draw; null for <see cref="ChartTimeline.FirstDay"/> (a chain: the first day
/// its consent began, if later).</param>
/// <param name="To">The last day to draw, inclusive; null for today.</param>
/// <param name="Chain">An operation (any case) whose chain of mandates to draw, a row per mandate; null for every
/// operation, a row each.</param>
public sealed record TimelineRequest(LocalDate? From = null, LocalDate? To = null, string? Chain = null);

/// <summary>
/// Every operation the record holds on one timeline: the days the law let its tours serve, with the ceiling and
/// the mandate on them.
/// </summary>
public static class ChartTimeline
{
    /// <summary>
    /// The first day a timeline starts on by default: 1 January 1994, the year the Federal Constitutional Court
    /// required the Bundestag's consent to armed deployments abroad (BVerfGE 90, 286).
    /// </summary>
    public static readonly LocalDate FirstDay = new(1994, 1, 1);

    public static TimelineData Run(Session session, TimelineRequest request)
    {
        var today = session.Caller.Today;
        var op = request.Chain is { } chain ? Input.Operation(session.Law.Record(), chain, "chain") : null;
        var start = op?.Mandates.Select(m => m.ConsentBegins).Min() ?? FirstDay;
        var period = ChartPeriod.Of(request.From ?? (request.To is { } to && to < start ? to : start),
            request.To ?? (request.From is { } from && from > today ? from : today));
        var law = session.Law.Authoriser();
        if (op is not null)
        {
            var spans = AuthorisedSpans.Of(law, op, period);
            return new TimelineData(period, [.. op.Mandates.Select(m => new TimelineRow(m.Id.Value,
                m.Document ?? op.Name, op.Lead, [.. spans.Where(s => s.Mandate == m.Id.Value)]))], op.Id.Value);
        }
        var rows = session.Law.Record().Operations.Select(op =>
            new TimelineRow(op.Id.Value, op.Name, op.Lead, AuthorisedSpans.Of(law, op, period))).ToList();
        return new TimelineData(period, rows);
    }
}
