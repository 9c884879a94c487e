using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Which tours serve on these days, of this operation or of this person?"</summary>
/// <param name="Operation">The operation's id as given (any case); null for every operation of <paramref
/// name="Person"/>.</param>
/// <param name="Person">One person's tours; null for every person of <paramref name="Operation"/>.</param>
/// <param name="Period">The days asked about; null for all of a person's tours (needs <paramref
/// name="Person"/>).</param>
/// <param name="AsRecordedAt">The tours as the ledger held them at this instant; null for as known now.</param>
public sealed record ToursRequest(string? Operation, PersonId? Person, DateInterval? Period,
    Instant? AsRecordedAt = null);

/// <summary>The tours asked for, earliest first; what was asked, as the answer repeats it.</summary>
public sealed record ToursResult(PersonId? Person, OperationId? Operation, DateInterval? Period, Instant? AsRecordedAt,
    IReadOnlyList<ListedTour> Tours);

/// <summary>A tour as listed: the tour, and the last entry that changed it (its own position while none has).</summary>
public sealed record ListedTour(Tour Tour, long LastChangedAt);

/// <summary>
/// The tours serving on a day or in a period, of an operation or of one person (all of a person's tours if no
/// days are given), earliest first, each with the position that started it; cancelled tours are not listed.
/// </summary>
public static class ListTours
{
    public static ToursResult Run(Session session, ToursRequest request)
    {
        if (request.Person is null && (request.Operation is null || request.Period is null))
            throw new ProblemException(Problem.Saying("operation", null,
                $"none given; expected an operation and days, or {Problem.Named("person")}."));
        var instant = request.AsRecordedAt is { } at ? session.AsRecordedAt(at, "asRecordedAt") : (Instant?)null;
        var op = request.Operation is { } named ? Input.Operation(session.Law.Record(), named).Id : (OperationId?)null;
        var state = session.LedgerAt(instant);
        var period = request.Period;
        var tours = request.Person is { } who
            ? state.ToursOf(who).Where(t => (op is not { } o || t.Operation == o)
                && (period is null || t.Overlaps(period.Start, period.End)))
            : state.ToursOf(op!.Value, period!); // checked above: an operation and days
        return new ToursResult(request.Person, op, period, instant, [.. tours
            .OrderBy(t => t.From).ThenBy(t => t.StartedAt)
            .Select(t => new ListedTour(t, state.LatestEntryOf(t.StartedAt)))]);
    }
}
