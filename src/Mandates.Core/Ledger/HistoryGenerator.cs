using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// A seeded generator of realistic, lawful tour history for tests and benchmarks: every operation of
/// the record is manned to about 70 % of its ceiling in contingents that rotate every 4 to 6 months,
/// only on days its mandates authorise, for a task they list. The same record and seed give the same
/// entries. Lawful by construction: a tour starting on a step day ends within 180 days, and no more are
/// started than the lowest ceiling over those 180 days allows.
/// </summary>
public static class HistoryGenerator
{
    private const int StepDays = 30;
    private const int Horizon = 180;

    /// <param name="authoriser">The law the history must keep.</param>
    /// <param name="seed">The same seed gives the same history.</param>
    /// <param name="from">The first day of the history.</param>
    /// <param name="until">The last day on which a contingent may start.</param>
    /// <param name="user">Who the entries are recorded by.</param>
    public static IEnumerable<NewEvent> Generate(Authoriser authoriser, int seed, LocalDate from, LocalDate until, string user = "generator")
    {
        var random = new Random(seed);
        var record = authoriser.Record;
        // Each tour is recorded with its planned last day, so a history cut short anywhere stays lawful.
        var ends = record.Operations.ToDictionary(o => o.Id.Value, _ => new PriorityQueue<LocalDate, LocalDate>());
        var nextPerson = 1;
        var recorded = Instant.MinValue;
        for (var step = from; step <= until; step = step.PlusDays(StepDays))
        {
            foreach (var operation in record.Operations)
            {
                var active = ends[operation.Id.Value];
                while (active.TryPeek(out _, out var last) && last < step) active.Dequeue();
                var (capacity, task) = Capacity(authoriser, operation, new DateInterval(step, step.PlusDays(Horizon)));
                for (var i = active.Count; i < capacity; i++)
                {
                    var start = step.PlusDays(random.Next(0, StepDays));
                    var end = start.PlusDays(random.Next(120, Horizon - Period.DaysBetween(step, start) + 1));
                    active.Enqueue(end, end);
                    var person = $"P-{nextPerson++:D7}";
                    // Recorded at noon of its first day, never before the entry ahead of it.
                    var noon = start.At(new LocalTime(12, 0)).InUtc().ToInstant();
                    recorded = noon > recorded ? noon : recorded.Plus(Duration.FromMilliseconds(1));
                    yield return new NewEvent(TourEvents.Started, operation.Id.Value, start, recorded, user, null,
                        LedgerPayload.Write(new TourEvents.StartedPayload(person, task!, null, TourEvents.Day(start), TourEvents.Day(end), null)));
                }
            }
        }
    }

    /// <summary>70 % of the lowest ceiling over the window, and a task every mandate governing it lists; none where any day is not authorised.</summary>
    private static (int Capacity, string? Task) Capacity(Authoriser authoriser, Operation operation, DateInterval window)
    {
        var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, window, 0), ConstantStrength.None);
        if (!decision.Authorised) return (0, null);
        var mandates = operation.Mandates.Where(m => decision.Mandates.Contains(m.Id)).ToList();
        var task = mandates[0].Tasks.Select(t => t.Key).FirstOrDefault(key => mandates.All(m => m.Tasks.Any(t => t.Key == key)));
        return task is null ? (0, null) : (mandates.Min(m => m.Ceiling.Persons) * 7 / 10, task);
    }

}
