using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// A seeded generator of realistic, lawful tour history for tests and benchmarks: every operation of
/// the record is manned to about 70 % of its ceiling in contingents that rotate every 4 to 6 months,
/// only on days its mandates authorise, for a task they list. Soldiers serve repeated tours: after a
/// tour a person rests 6 to 24 months and may then deploy again, and retires after one to six tours.
/// The same record, ledger and seed give the same tours. Their entries are recorded when they are
/// appended, as any entry is: the generator leaves <see cref="NewEvent.RecordedAt"/> to the writer.
/// <para>
/// Lawful by construction: a tour starting in a step ends within 180 days of the step's first day, and no
/// more are started than the lowest ceiling over those 180 days allows, counting the tours the ledger
/// already holds. A person deploys again only after their last tour has ended, and a new person gets an
/// id no tour in the ledger has, so no one is ever on two overlapping tours.
/// </para>
/// </summary>
public static class HistoryGenerator
{
    private const int StepDays = 30;
    private const int Horizon = 180;
    private const int ShortestTour = 120;
    private const int ShortestRest = 182;
    private const int LongestRest = 730;
    private const int MostTours = 6;
    private const int ManningPercent = 70;
    private const int SmallestCeiling = 10;

    /// <summary>
    /// How often, on average, a place in a contingent takes a new tour: a tour of 120 to 180 days, then
    /// the wait for the next step and the newcomer's first day (measured on long histories).
    /// </summary>
    public const int RotationDays = 170;

    /// <param name="authoriser">The law the history must keep.</param>
    /// <param name="seed">The same seed gives the same history.</param>
    /// <param name="from">The first day of the history.</param>
    /// <param name="until">The last day on which a contingent may start.</param>
    /// <param name="user">Who the entries are recorded by.</param>
    /// <param name="ledger">Tours already recorded, if any: they count against each ceiling, and their persons are never reused.</param>
    public static IEnumerable<NewEvent> Generate(Authoriser authoriser, int seed, LocalDate from, LocalDate until, string user = "generator", LedgerState? ledger = null)
    {
        var random = new Random(seed);
        var record = authoriser.Record;
        var personnel = new Personnel(random, ledger);
        // Each tour is recorded with its planned last day, so a history cut short anywhere stays lawful.
        var ends = record.Operations.ToDictionary(o => o.Id.Value, _ => new PriorityQueue<LocalDate, LocalDate>());
        for (var step = from; step <= until; step = step.PlusDays(StepDays))
        {
            foreach (var operation in record.Operations)
            {
                var active = ends[operation.Id.Value];
                while (active.TryPeek(out _, out var last) && last < step) active.Dequeue();
                var window = new DateInterval(step, step.PlusDays(Horizon));
                var (capacity, tasks) = Capacity(authoriser, operation, window);
                if (ledger is not null && capacity > 0) capacity -= ledger.StrengthOf(operation.Id).MaxOver(window);
                for (var i = active.Count; i < capacity; i++)
                {
                    var start = step.PlusDays(random.Next(0, StepDays));
                    var end = start.PlusDays(random.Next(ShortestTour, Horizon - Period.DaysBetween(step, start) + 1));
                    active.Enqueue(end, end);
                    var person = personnel.Deploy(start, end);
                    var task = tasks[random.Next(tasks.Count)];
                    yield return new NewEvent(TourEvents.Started, operation.Id.Value, start, Instant.MinValue, user, null,
                        LedgerPayload.Write(new TourEvents.StartedPayload(person, task, null, TourEvents.Day(start), TourEvents.Day(end), null)));
                }
            }
        }
    }

    /// <summary>70 % of the lowest ceiling over the window, and the tasks every mandate governing it lists; none where any day is not authorised.</summary>
    private static (int Capacity, IReadOnlyList<string> Tasks) Capacity(Authoriser authoriser, Operation operation, DateInterval window)
    {
        var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, window, 0), ConstantStrength.None);
        if (!decision.Authorised) return (0, []);
        var mandates = operation.Mandates.Where(m => decision.Mandates.Contains(m.Id)).ToList();
        var tasks = mandates[0].Tasks.Select(t => t.Key).Where(key => mandates.All(m => m.Tasks.Any(t => t.Key == key))).ToList();
        // A mandate that sets no ceiling gives no number to man to a share of: no generated tours under it.
        return tasks.Count == 0 ? (0, tasks)
            : (mandates.Min(m => m.Ceiling.Persons ?? 0) * ManningPercent / 100, tasks);
    }

    /// <summary>
    /// Who serves. A person back from a tour rests, then is the first sent again; one whose last tour it
    /// was retires. Persons are pseudonymous numbers (<c>P-0000001</c>), never names.
    /// </summary>
    private sealed class Personnel(Random random, LedgerState? ledger)
    {
        // Resting persons by the first day they may deploy again; ties go by number, so every run picks the same.
        private readonly PriorityQueue<(int Number, int ToursLeft), (LocalDate Ready, int Number)> resting = new();
        private int last;

        /// <summary>A person free from <paramref name="from"/> through <paramref name="until"/>: one back from rest if any is ready, else a new one.</summary>
        public string Deploy(LocalDate from, LocalDate until)
        {
            var (number, toursLeft) = resting.TryPeek(out _, out var first) && first.Ready <= from
                ? resting.Dequeue()
                : (Recruit(), random.Next(1, MostTours + 1));
            // Ready again only well after this tour's last day: never two overlapping tours of one person.
            if (toursLeft > 1)
                resting.Enqueue((number, toursLeft - 1), (until.PlusDays(random.Next(ShortestRest, LongestRest + 1)), number));
            return Id(number);
        }

        private int Recruit()
        {
            // The ledger may hold tours already (an earlier run, deploys by hand): never reuse their persons.
            do last++; while (ledger is not null && ledger.ToursOf(new PersonId(Id(last))).Any());
            return last;
        }

        private static string Id(int number) => $"P-{number:D7}";
    }

    /// <summary>
    /// The ceiling at which <paramref name="events"/> tours, shared by <paramref name="operations"/> operations,
    /// fit from <paramref name="from"/> to <paramref name="until"/> at about 70 % strength: each place of a
    /// contingent takes a tour about every <see cref="RotationDays"/> days. At least 10, at most
    /// <see cref="Ceiling.MaxPersons"/>. The record's own operations add their tours on top, so a history
    /// cut at that many entries ends somewhat before <paramref name="until"/>.
    /// </summary>
    public static int CeilingFor(long events, int operations, LocalDate from, LocalDate until)
    {
        if (events < 1) throw new ArgumentException($"The history needs at least one entry; got {events}.", nameof(events));
        if (operations < 1) throw new ArgumentException($"The tours need at least one operation to share; got {operations}.", nameof(operations));
        if (until < from) throw new ArgumentException($"The period cannot end ({until}) before it begins ({from}).", nameof(until));
        var days = Period.DaysBetween(from, until) + 1;
        var places = (double)events / operations * RotationDays / days;
        return (int)Math.Clamp(Math.Ceiling(places * 100 / ManningPercent), SmallestCeiling, Ceiling.MaxPersons);
    }

    private static readonly (string Key, string Title)[] FictionalTasks =
    [
        ("patrol", "Patrols (fictional)"),
        ("training", "Training of local forces (fictional)"),
        ("logistics", "Logistic support (fictional)"),
        ("medical", "Medical support (fictional)"),
        ("engineering", "Engineering (fictional)"),
        ("air-transport", "Air transport (fictional)"),
    ];

    private static readonly string[] Leads = ["UN", "NATO", "EU"];

    /// <summary>
    /// <paramref name="count"/> fictional operations, <c>GEN-01</c> to <c>GEN-99</c> at most, for generated history
    /// to serve in when the record's real operations cannot hold enough of it. Each has one open-ended mandate,
    /// adopted by a vote on <paramref name="from"/>, with the ceiling of <see cref="CeilingFor"/>, a task or two
    /// and an area. Every fact names the generator as its source and is marked unverified, with a note that
    /// it is fictional. The same arguments give the same operations.
    /// </summary>
    public static IReadOnlyList<Operation> FictionalOperations(int count, long events, int seed, LocalDate from, LocalDate until)
    {
        if (count is < 1 or > 99) throw new ArgumentException($"Fictional operations are numbered GEN-01 to GEN-99; got a count of {count}.", nameof(count));
        var ceiling = new Ceiling(CeilingFor(events, count, from, until));
        var source = new Source($"fictional: written by the history generator (seed {seed}) for tests and benchmarks", verified: false,
            "Fictional: made up so that generated history has enough operations to serve in; no such operation, mandate or vote exists.");
        return Enumerable.Range(1, count).Select(i =>
        {
            var id = $"GEN-{i:D2}";
            var tasks = (i % 2 == 0 ? new[] { FictionalTasks[(i - 1) % 6], FictionalTasks[i % 6] } : [FictionalTasks[(i - 1) % 6]])
                .Select(t => new MandateElement(t.Key, t.Title)).ToValueList();
            return new Operation
            {
                Id = new OperationId(id),
                Name = $"Fictional operation {i}, generated for tests and benchmarks",
                Lead = Leads[(i - 1) % Leads.Length],
                Source = source,
                Mandates = ValueList.Of(new Mandate
                {
                    Id = new MandateId($"{id}-1"),
                    Procedure = Procedure.Regular,
                    Source = source,
                    Vote = new PlenaryVote(from, VoteResult.Adopted),
                    PlannedDuration = "open-ended",
                    Mission = "None: a fictional operation for generated history.",
                    Ceiling = ceiling,
                    Tasks = tasks,
                    Areas = ValueList.Of(new MandateElement($"area-{i:D2}", $"Fictional area {i}")),
                }),
            };
        }).ToList();
    }
}
