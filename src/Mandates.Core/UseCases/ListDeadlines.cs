using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"What falls due, for every operation or one, between these days?"</summary>
/// <param name="Operation">The operation's id as given (any case); null for every operation.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day, inclusive; null for every deadline to come.</param>
public sealed record DeadlinesRequest(string? Operation, LocalDate From, LocalDate? To = null);

/// <summary>One deadline and the operation it falls due for.</summary>
public sealed record OperationDeadline(OperationId Operation, Deadline Deadline);

/// <summary>The answer, each list earliest first.</summary>
/// <param name="Deadlines">Every deadline dated in the period.</param>
/// <param name="Outstanding">
/// Deadlines dated before the period on which the record's latest word still stands on its first day: a
/// resubmission overdue, or one the Bundestag rejected. Said so that a past note is not forgotten.
/// </param>
public sealed record DeadlinesResult(LocalDate From, LocalDate? To, IReadOnlyList<OperationDeadline> Deadlines,
    IReadOnlyList<OperationDeadline> Outstanding);

/// <summary>
/// Lists the deadlines of the law (<see cref="Rules.Deadlines"/>): mandates' ends, lapsing legal acts, § 4 and
/// § 7(2) clocks, consents and revocations taking effect, promised resubmissions. Each is what the record says
/// on the period's first day; a mandate whose consent begins within the period brings its own limits from then.
/// </summary>
public static class ListDeadlines
{
    public static DeadlinesResult Run(Session session, DeadlinesRequest request)
    {
        if (request.To is { } to && to < request.From)
            throw new ProblemException(Problem.Saying("to", Days.Format(to),
                Problem.Join($"'{Days.Format(to)}' is before {Problem.Named("from")} ({Days.Format(request.From)}); ",
                    $"expected a day on or after it.")));
        var record = session.Law.Record();
        var operations = request.Operation is { } asked
            ? [Input.Operation(record, asked)] : record.Operations.ToList();
        var deadlines = new List<OperationDeadline>();
        var outstanding = new List<OperationDeadline>();
        foreach (var operation in operations)
        {
            var (within, before) = Of(record, operation, request.From, request.To);
            deadlines.AddRange(within.Select(d => new OperationDeadline(operation.Id, d)));
            outstanding.AddRange(before.Select(d => new OperationDeadline(operation.Id, d)));
        }
        return new DeadlinesResult(request.From, request.To, Sorted(deadlines), Sorted(outstanding));
    }

    /// <summary>
    /// One operation's deadlines in the period, and the notes on ones past that still stand on its first day.
    /// </summary>
    public static (IReadOnlyList<Deadline> Within, IReadOnlyList<Deadline> Before) Of(LegalRecord record,
        Operation operation, LocalDate from, LocalDate? to)
    {
        var (upcoming, before) = AsSeenOn(record, operation, from);
        var within = upcoming.Where(d => In(d.Date, to)).ToList();
        // A mandate taking over in the period governs from then: its end, its legal acts, its resubmission.
        var takeovers = operation.Mandates.Select(m => m.ConsentBegins).OfType<LocalDate>()
            .Where(d => d > from && In(d, to)).Distinct().Order();
        foreach (var day in takeovers)
            foreach (var d in AsSeenOn(record, operation, day).Upcoming)
                if (In(d.Date, to) && !within.Any(w => Same(w, d))) within.Add(d);
        return ([.. within.OrderBy(d => d.Date)], before);
    }

    /// <summary>
    /// The deadlines as the record says them on one day, knowing only the decisions taken by then: those still to
    /// come, earliest first, and the notes on ones past that still stand (an overdue or rejected resubmission).
    /// </summary>
    public static (IReadOnlyList<Deadline> Upcoming, IReadOnlyList<Deadline> Before) AsSeenOn(LegalRecord record,
        Operation operation, LocalDate day)
    {
        var all = Rules.Deadlines.From(record, operation, day);
        return ([.. all.Where(d => d.Date >= day)], [.. all.Where(d => d.Date < day)]);
    }

    private static bool In(LocalDate day, LocalDate? to) => to is not { } last || day <= last;

    /// <summary>
    /// One deadline seen from two days: the same day, kind and mandate (its wording may say "due" or "overdue").
    /// </summary>
    private static bool Same(Deadline a, Deadline b) => a.Date == b.Date && a.Kind == b.Kind && a.Mandate == b.Mandate;

    private static IReadOnlyList<OperationDeadline> Sorted(List<OperationDeadline> found) =>
        [.. found.OrderBy(d => d.Deadline.Date).ThenBy(d => d.Operation.Value, StringComparer.Ordinal)];
}
