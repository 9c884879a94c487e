using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// A stretch of days on which the ledger's tours broke the law, and which rule, and why: what it says of
/// its days (<see cref="Saying"/>), written for them last (<see cref="Cause"/>).
/// </summary>
public sealed record Violation(OperationId Operation, DateInterval Days, string Rule, Saying Saying)
{
    /// <summary>Why, written for <see cref="Days"/>.</summary>
    public string Cause => Saying.Write(Days);

    /// <summary>
    /// Why, written for <see cref="Days"/>, but days that run to the last day the ledger counts (an open
    /// tour's) said "from … onwards": that day is where counting stops, not where the violation ends.
    /// </summary>
    public string CauseWithOpenEnd => Saying.Write(Days, days => days.End == StrengthIndex.LastDay
        ? $"from {Law.Days.Format(days.Start)} onwards" : Law.Days.Describe(days));

    /// <summary>
    /// For a rule broken by one tour (its task, its area, its person on two tours at once): the ledger position
    /// that started it. Null for a rule about the whole operation on those days (consent, legal acts, end date,
    /// revocation, ceiling).
    /// </summary>
    public long? Tour { get; init; }
}

/// <summary>
/// Re-checks all of history against the law an <see cref="Authoriser"/> holds (as now recorded, or as
/// recorded at an instant, for the ledger as it then stood): every day some tour covers
/// must be authorised (consent, legal acts, end date, revocation, ceiling), every tour's task and
/// area must be the mandate's, and nobody may be on two tours at once. Appends are checked already; the
/// audit catches what the law changed since (a revocation, a lapsed act, a corrected ceiling) and
/// proves the rest.
/// </summary>
public static class Audit
{
    /// <summary>
    /// The violations a change of the law brings to the tours the ledger holds (a lowered ceiling, a
    /// revocation, a legal act's end): the operations the change touched, audited under the law after it
    /// and (only if that finds any) before it, keeping the days not broken before under the same rule,
    /// even where the change cut them shorter. Without a law before it (a record that did not load),
    /// every violation counts.
    /// </summary>
    public static IReadOnlyList<Violation> BroughtBy(LegalRecord? before, LegalRecord after, LedgerState state)
    {
        var (then, now) = (before is null ? null : new Authoriser(before), new Authoriser(after));
        var found = new List<Violation>();
        foreach (var op in after.Operations)
        {
            // The sitting calendar counts how long a pending extension keeps a deployment approved (§ 7(2)).
            if (before?.FindOperation(op.Id.Value) is { } was && was.Equals(op) && before.Calendar.Equals(after.Calendar)
                && op.Mandates.SelectMany(m => m.Requires).All(id => before.Act(id).Equals(after.Act(id))))
                continue;
            var violations = Run(now, state, op.Id);
            if (violations.Count == 0) continue;
            var known = then is null ? [] : Run(then, state, op.Id);
            // A rule about the whole operation is broken on days (no tour); a task, an area or one person's tours, by a tour.
            found.AddRange(violations.Where(v => !known.Any(k => k.Rule == v.Rule && k.Tour == v.Tour && k.Days.Start <= v.Days.Start && v.Days.End <= k.Days.End)));
        }
        return found;
    }

    /// <param name="authoriser">The law to re-check against.</param>
    /// <param name="state">The ledger to re-check.</param>
    /// <param name="only">One operation only, or all.</param>
    /// <param name="progress">Told the share of the work done, from 0 to 1.</param>
    public static IReadOnlyList<Violation> Run(Authoriser authoriser, LedgerState state, OperationId? only = null, Action<double>? progress = null)
    {
        var operations = new Operation?[state.Operations.Count];
        for (var n = 0; n < operations.Length; n++)
            if (authoriser.Record.FindOperation(state.Operations[n]) is { } op && (only is not { } o || o.IsNamedBy(op.Id.Value)))
                operations[n] = op;
        var spans = new (int From, int Until)[operations.Length];
        Array.Fill(spans, (int.MaxValue, int.MinValue));
        var exceptions = operations.Select(_ => new List<Tour>()).ToArray();
        var elementViolations = operations.Select(_ => new List<Violation>()).ToArray();
        var elements = new Dictionary<(int Operation, int Task, int Area), List<(int From, int Until)>>();

        // One pass over the tours: the days each operation's tours span, the tours that claim a ceiling
        // exception, and each tour's task and area against every mandate governing its days.
        for (var row = 0; row < state.Rows.Count; row++)
        {
            if (progress is not null && row % 1_000_000 == 0) progress(0.5 * row / state.Rows.Count);
            var r = state.Rows[row];
            if (r.Cancelled || operations[r.Operation] is not { } operation) continue;
            ref var span = ref spans[r.Operation];
            span = (Math.Min(span.From, r.From), Math.Max(span.Until, Math.Min(r.Until, StrengthIndex.DayCount - 1)));
            if (r.Exception != 0) exceptions[r.Operation].Add(state.TourAt(row));
            if (!elements.TryGetValue((r.Operation, r.Task, r.Area), out var unlisted))
                elements[(r.Operation, r.Task, r.Area)] = unlisted = Unlisted(authoriser, operation, state.Tasks[r.Task], r.Area == 0 ? null : state.Areas[r.Area - 1]);
            foreach (var days in unlisted)
                if (r.Overlaps(days.From, days.Until))
                    // The same words on the next days (the law changed in some other way between) are one stretch.
                    foreach (var v in ElementViolations(authoriser, operation, state.TourAt(row),
                        new DateInterval(TourRow.Date(Math.Max(r.From, days.From)), TourRow.Date(Math.Min(Math.Min(r.Until, days.Until), StrengthIndex.DayCount - 1)))))
                        Add(elementViolations[r.Operation], v, sameCause: true);
        }

        var violations = new List<Violation>();
        var order = Enumerable.Range(0, operations.Length).Where(n => operations[n] is not null && spans[n].From <= spans[n].Until)
            .OrderBy(n => operations[n]!.Id.Value.ToUpperInvariant(), StringComparer.Ordinal).ToList();
        var done = 0;
        foreach (var n in order)
        {
            progress?.Invoke(0.5 + 0.5 * done++ / order.Count);
            var operation = operations[n]!;
            var strength = state.StrengthOf(operation.Id);
            // Between two days where the law changes one decision holds, but for strength: judge each
            // such piece once against its highest strength, and look closer only where it fails.
            var lawChanges = authoriser.ChangeDays(operation).Where(StrengthIndex.Covers).ToList();
            var pieces = DayRanges.Cut(new DateInterval(TourRow.Date(spans[n].From), TourRow.Date(spans[n].Until)), lawChanges);
            var found = new List<Violation>();
            // The days over the ceiling that no clause covers: the ceiling's own violations, in order.
            var uncovered = new List<DateInterval>();
            foreach (var piece in pieces)
            {
                if (strength.MaxOver(piece) == 0) continue;
                // Judged without any exception: a piece lawful only thanks to a clause is looked at closer,
                // each day under the clauses of the tours serving that day (never one serving months away).
                if (Judge(authoriser, operation, [], strength, piece).Authorised) continue;
                // Find the exact days: cut the piece where tours start and end, and judge each part.
                var inPiece = new List<Violation>();
                var joinedUnlike = new HashSet<int>();
                foreach (var part in DayRanges.Cut(piece, TourChanges(state, n, piece)))
                {
                    if (strength.MaxOver(part) == 0) continue;
                    foreach (var refusal in Judge(authoriser, operation, exceptions[n], strength, part).Refusals)
                    {
                        if (Add(inPiece, new Violation(operation.Id, part, refusal.RuleId, refusal.Saying)) is { } joined) joinedUnlike.Add(joined);
                        if (refusal.RuleId == Rulebook.Ceiling.Id) uncovered.Add(part);
                    }
                }
                // Within a piece one law holds and only the strength changes: a row joined from parts of different
                // strength says again, over all its days, the most that served against the ceiling (true of every
                // day in it, whatever clause some of them were judged under).
                foreach (var i in joinedUnlike)
                    if (Judge(authoriser, operation, [], strength, inPiece[i].Days).Refusals.FirstOrDefault(r => r.RuleId == inPiece[i].Rule) is { } whole)
                        inPiece[i] = inPiece[i] with { Saying = whole.Saying };
                // Across pieces the law differs: rows join only where they say the same of their days.
                foreach (var v in inPiece) JoinSaying(found, v);
            }
            violations.AddRange(found);
            violations.AddRange(OverlongRuns(operation, exceptions[n], strength, pieces, uncovered));
            violations.AddRange(elementViolations[n]);
        }
        violations.AddRange(PersonsOnTwoToursAtOnce(state, operations));
        return violations;
    }

    /// <summary>The rule that one person serves on one tour at a time, as <see cref="Violation.Rule"/> names it.</summary>
    public const string OneTourAtATime = "one-tour-at-a-time";

    /// <summary>
    /// Every person's tours that share days. Deploy and correct-tour refuse such a tour; this proves
    /// that none came in another way (an older program, another writer, an import). One pass in ledger
    /// order finds the persons to look at: tours mostly start in the order they were recorded, and then a
    /// tour overlaps an earlier one exactly when it starts before the furthest day those reach. Only those
    /// persons' tours (and any recorded out of order) are sorted and compared, each with the tour before
    /// it that reaches furthest. A selected operation's tours are checked against all of the person's.
    /// </summary>
    private static IEnumerable<Violation> PersonsOnTwoToursAtOnce(LedgerState state, Operation?[] operations)
    {
        var persons = state.NewestTourOfPerson.Count;
        var (lastFrom, reach) = (new int[persons], new int[persons]);
        Array.Fill(lastFrom, int.MinValue);
        Array.Fill(reach, int.MinValue);
        var suspects = new HashSet<int>();
        for (var row = 0; row < state.Rows.Count; row++)
        {
            var r = state.Rows[row];
            if (r.Cancelled) continue;
            if (r.From < lastFrom[r.Person] || r.From <= reach[r.Person]) suspects.Add(r.Person);
            lastFrom[r.Person] = Math.Max(lastFrom[r.Person], r.From);
            reach[r.Person] = Math.Max(reach[r.Person], r.Until);
        }

        var found = new List<Violation>();
        var tours = new List<int>();
        foreach (var person in suspects)
        {
            tours.Clear();
            for (var row = state.NewestTourOfPerson[person]; row >= 0; row = state.Rows[row].PreviousOfPerson)
                if (!state.Rows[row].Cancelled) tours.Add(row);
            if (tours.Count < 2) continue;
            tours.Sort((a, b) => state.Rows[a].From != state.Rows[b].From ? state.Rows[a].From.CompareTo(state.Rows[b].From) : a.CompareTo(b));
            var furthest = tours[0];
            foreach (var row in tours.Skip(1))
            {
                var (earlier, later) = (state.Rows[furthest], state.Rows[row]);
                if (later.From <= earlier.Until && (operations[later.Operation] ?? operations[earlier.Operation]) is { } operation)
                {
                    var (first, second) = (state.TourAt(furthest), state.TourAt(row));
                    var days = new DateInterval(TourRow.Date(later.From), TourRow.Date(Math.Min(Math.Min(earlier.Until, later.Until), StrengthIndex.DayCount - 1)));
                    found.Add(new Violation(operation.Id, days, OneTourAtATime, Saying.Plain(
                        $"{first.Person} is on two tours at once: {first} (ledger position {first.StartedAt}) and {second} (ledger position {second.StartedAt}).")) { Tour = second.StartedAt });
                }
                if (later.Until > earlier.Until) furthest = row;
            }
        }
        return found.OrderBy(v => v.Operation.Value.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(v => v.Days.Start);
    }

    /// <summary>The stretches of days on which a mandate governs the operation but does not list the task (or the area).</summary>
    private static List<(int From, int Until)> Unlisted(Authoriser authoriser, Operation operation, string task, string? area)
    {
        var lawChanges = authoriser.ChangeDays(operation).Where(StrengthIndex.Covers);
        return DayRanges.Cut(new DateInterval(StrengthIndex.FirstDay, StrengthIndex.LastDay), lawChanges)
            // With components, a task is listed where any component's governing mandate lists it.
            .Where(piece => Chain.GoverningEach(operation, piece.Start) is { Count: > 0 } each && !each.Any(m =>
                m.Tasks.Any(t => t.IsNamedBy(task)) && (area is null || m.Areas.Any(a => a.IsNamedBy(area)))))
            .Select(piece => (TourRow.Day(piece.Start), TourRow.Day(piece.End)))
            .ToList();
    }

    /// <summary>What the task and area rules say of a tour's days on which the governing mandate does not list its task or area (the days of one such stretch).</summary>
    private static IEnumerable<Violation> ElementViolations(Authoriser authoriser, Operation operation, Tour tour, DateInterval days)
    {
        var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, days, 0) { Task = tour.Task, Area = tour.Area }, ConstantStrength.None);
        foreach (var rule in new[] { Rulebook.Task, Rulebook.Area })
            if (decision.For(rule).Outcome == Outcome.NotMet)
                yield return new Violation(operation.Id, days, rule.Id,
                    Saying.Plain($"{tour}: ").Then(decision.For(rule).Saying))
                {
                    Tour = tour.StartedAt,
                };
    }

    /// <summary>The days inside a piece on which one of the operation's tours starts, or the day after one ends.</summary>
    private static List<LocalDate> TourChanges(LedgerState state, int operation, DateInterval piece)
    {
        var (start, end) = (TourRow.Day(piece.Start), TourRow.Day(piece.End));
        var days = new SortedSet<int>();
        for (var row = 0; row < state.Rows.Count; row++)
        {
            var r = state.Rows[row];
            if (r.Cancelled || r.Operation != operation) continue;
            if (r.From > start && r.From <= end) days.Add(r.From);
            if (r.Until != TourRow.Open && r.Until + 1 > start && r.Until + 1 <= end) days.Add(r.Until + 1);
        }
        return days.Select(TourRow.Date).ToList();
    }

    /// <summary>
    /// The law's decision on days of the ledger. Tours that rely on a ceiling exception let the excess be
    /// judged under their clauses: the days are lawful if the ceiling allows them, or any clause the tours
    /// serving then rely on does (whichever order they were recorded in; deploy checks each request under
    /// its own clause only, so it never lets through what this finds).
    /// </summary>
    private static Decision Judge(Authoriser authoriser, Operation operation, List<Tour> exceptions, IStrength strength, DateInterval days)
    {
        Decision? decision = null;
        foreach (var exception in exceptions.Where(t => t.Overlaps(days.Start, days.End)).Select(t => t.Exception).Distinct().Prepend(null))
        {
            // The days over the ceiling in a row are judged over whole runs (OverlongRuns), not within these days.
            decision = authoriser.Authorise(new DeploymentRequest(operation.Id, days, 0) { Exception = exception, CountExceptionDays = false }, strength);
            if (decision.Authorised) break;
        }
        return decision!;
    }

    /// <summary>
    /// The runs of consecutive days over the ceiling that last longer than the clauses of the tours serving
    /// in them allow: the most generous of those clauses, each under a mandate governing days on which that
    /// tour's clause was relied on. Deploy lets a run grow only as far as the clause of the tour that grows
    /// it, so it never lets one through that this finds. Runs with no exception tour in them are the
    /// ceiling's own violations already. So are the days of a run no clause covers (in
    /// <paramref name="uncovered"/>): a clause is blamed for a run only if the days it was relied on, from
    /// the first to the last, outlast it. Deploy is stricter here on purpose: it counts every day over the
    /// ceiling next to a request, covered or not, and so refuses a tour next to such days that this lets pass.
    /// </summary>
    private static IEnumerable<Violation> OverlongRuns(Operation operation, List<Tour> exceptions, IStrength strength, List<DateInterval> pieces, List<DateInterval> uncovered)
    {
        if (exceptions.Count == 0) yield break;
        // The run's days over the ceiling, as stretches governed by one mandate each.
        var run = new List<(LocalDate From, LocalDate To, Mandate Mandate)>();
        foreach (var piece in pieces)
        {
            var mandate = Chain.Governing(operation, piece.Start);
            // Pieces are cut where the law changes, a ceiling change among them: one ceiling holds in each.
            // The operation's ceiling: with components, the sum over those in force (Chain.CeilingOn).
            var over = mandate is not null && strength.MaxOver(piece) > Chain.CeilingOn(operation, piece.Start);
            for (var day = piece.Start; day <= piece.End; day = day.PlusDays(1))
            {
                if (over && strength.On(day) > Chain.CeilingOn(operation, day))
                {
                    if (run.Count > 0 && run[^1].Mandate == mandate && run[^1].To.PlusDays(1) == day) run[^1] = run[^1] with { To = day };
                    else run.Add((day, day, mandate!));
                    continue;
                }
                if (Overlong(operation, exceptions, run, uncovered) is { } found) yield return found;
                run.Clear();
                if (!over) break; // nothing over the ceiling in the rest of this piece
            }
        }
        if (Overlong(operation, exceptions, run, uncovered) is { } last) yield return last;
    }

    /// <summary>
    /// The run as a violation if it lasts longer than the most generous clause of the tours serving in it allows,
    /// unless the days it was relied on (those not in <paramref name="uncovered"/>, over the ceiling beyond any
    /// clause: the ceiling's own violations) fit within the clause's days.
    /// </summary>
    private static Violation? Overlong(Operation operation, List<Tour> exceptions, List<(LocalDate From, LocalDate To, Mandate Mandate)> run, List<DateInterval> uncovered)
    {
        if (run.Count == 0) return null;
        var days = new DateInterval(run[0].From, run[^1].To);
        // A tour's clause under a mandate counts where it was relied on: on days under that mandate that the tour
        // serves and that are not over the ceiling beyond any clause.
        var clauses = exceptions
            .SelectMany(t => run.Where(s => DayRanges.Overlap(Served(t), new DateInterval(s.From, s.To)) is { } served
                    && DayRanges.SpanOutside(served, uncovered) is not null)
                .Select(s => (s.Mandate, Clause: s.Mandate.FindException(t.Exception!.Value))))
            .Where(x => x.Clause is not null).ToList();
        if (clauses.Count == 0) return null;
        var (mandate, clause) = clauses.MaxBy(x => x.Clause!.MaxDays);
        if (days.Length <= clause!.MaxDays) return null;
        // The days no clause covers are the ceiling's own violations, listed already: the clause was relied on only
        // on the others. If those fit within its days, the run is not blamed on it (on either side of them).
        if (DayRanges.SpanOutside(days, uncovered) is not { } reliedOn || reliedOn.Length <= clause.MaxDays) return null;
        return new Violation(operation.Id, days, Rulebook.Ceiling.Id,
            Saying.Of($"The ceiling was exceeded on {days.Length} consecutive days, {DaysWord.When}; ").Then(
                $"the most generous clause the tours serving then rely on, " +
                $"the {CeilingExceptionWords.Of(clause.Kind)} " +
                $"exception of {mandate.Name}, covers at most {clause.MaxDays}."));
    }

    /// <summary>The days a tour serves, an open one without end.</summary>
    private static DateInterval Served(Tour tour) => new(tour.From, tour.Until ?? LocalDate.MaxIsoValue);

    /// <summary>
    /// Adds a violation, joined to the one before when it continues it with the same rule and says the same
    /// of its days: the joined one says it of the joined days.
    /// </summary>
    private static void JoinSaying(List<Violation> violations, Violation v)
    {
        var i = violations.FindLastIndex(x => x.Rule == v.Rule);
        if (i >= 0 && violations[i] is var last && DayRanges.Adjoin(last.Days, v.Days) && last.Saying.Equals(v.Saying))
            violations[i] = last with { Days = DayRanges.Through(last.Days, v.Days) };
        else
            violations.Add(v);
    }

    /// <summary>
    /// Joins a violation to the one before when it continues it (same operation and rule, and saying if
    /// <paramref name="sameCause"/>; the next day). Returns the index of the one it joined if they say
    /// different things (the joined one then says only what the first said), else null.
    /// </summary>
    private static int? Add(List<Violation> violations, Violation v, bool sameCause = false)
    {
        var last = violations.FindLastIndex(x =>
            x.Operation == v.Operation && x.Rule == v.Rule && (!sameCause || x.Saying.Equals(v.Saying)));
        if (last >= 0 && DayRanges.Adjoin(violations[last].Days, v.Days))
        {
            var said = violations[last].Saying;
            violations[last] = violations[last] with { Days = DayRanges.Through(violations[last].Days, v.Days) };
            return said.Equals(v.Saying) ? null : last;
        }
        violations.Add(v);
        return null;
    }
}
