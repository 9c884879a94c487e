using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"When was each operation authorised, under whose lead, and with what ceiling?"</summary>
/// <param name="From">The first day to draw; null for <see cref="ChartTimeline.FirstDay"/>.</param>
/// <param name="To">The last day to draw, inclusive; null for today.</param>
public sealed record TimelineRequest(LocalDate? From = null, LocalDate? To = null);

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
        var period = ChartPeriod.Of(request.From ?? (request.To is { } to && to < FirstDay ? to : FirstDay),
            request.To ?? (request.From is { } from && from > today ? from : today));
        var law = session.Law.Authoriser();
        var rows = session.Law.Record().Operations.Select(op =>
            new TimelineRow(op.Id.Value, op.Name, op.Lead, AuthorisedSpans.Of(law, op, period))).ToList();
        return new TimelineData(period, rows);
    }
}
