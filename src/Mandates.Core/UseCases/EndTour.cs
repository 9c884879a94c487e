using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases.Users;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"This person's last day of service is this day."</summary>
/// <param name="Person">The person's pseudonymous service identifier.</param>
/// <param name="On">The last day of service, inclusive.</param>
/// <param name="IdempotencyKey">Names the request: the same key and content again returns the first result.</param>
public sealed record EndTourRequest(PersonId Person, LocalDate On, string? IdempotencyKey = null);

/// <summary>"The tour started at this ledger position ends on this day."</summary>
/// <param name="Tour">The ledger position its deploy was written at.</param>
/// <param name="On">The last day of service, inclusive.</param>
/// <param name="IdempotencyKey">Names the request: the same key and content again returns the first result.</param>
public sealed record EndTourAtRequest(long Tour, LocalDate On, string? IdempotencyKey = null);

/// <summary>
/// Sets the last day of a person's tour: the tour covering the day ends on it; if none does, the person's
/// latest tour that ended before it runs on to it, if the law allows every day added. The result says what
/// it did to the tour, for a mistyped day may as well lengthen a tour as end it.
/// </summary>
public static class EndTour
{
    /// <summary>
    /// Ends the tour started at ledger position <see cref="EndTourAtRequest.Tour"/> (as a web address names it): the
    /// same write as for its person, refused as bad input if no tour started there.
    /// </summary>
    public static WriteResult Run(Session session, EndTourAtRequest request)
    {
        Input.Covered("on", request.On);
        var tour = session.Ledger().State.FindTour(request.Tour) ?? throw new ProblemException(Problem.Saying("tour",
            request.Tour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"no tour started at ledger position {request.Tour}; expected the position a tour's deploy was written at."));
        return Run(session, new EndTourRequest(tour.Person, request.On, request.IdempotencyKey));
    }

    public static WriteResult Run(Session session, EndTourRequest request)
    {
        // Before the store is opened (and, on first use, filled): bad input writes nothing at all.
        Input.Covered("on", request.On);
        Permission.Demand(session, Act.RecordTours);
        var ledger = session.Ledger();
        var before = ledger.State.ToursOf(request.Person).ToDictionary(t => t.StartedAt);
        var outcome = ledger.EndTour(request.Person, request.On, request.IdempotencyKey);
        // A replay under the same key wrote nothing now: what its first write did is not what the tour was just before.
        var ended = outcome is WriteOutcome.Written { Replayed: false, Event: var e }
            && before.GetValueOrDefault(LedgerPayload.Read<TourEvents.EndedPayload>(e).Tour) is { } was
            ? new TourEnd(was, request.On) : null;
        return new WriteResult(outcome, ended);
    }
}
