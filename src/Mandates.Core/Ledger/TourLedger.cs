using System.Globalization;
using Mandates.Core.Problems;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// A request to deploy one person (docs/architecture.md). Dates are inclusive; a null <see cref="Until"/> is
/// an open tour.
/// </summary>
public sealed record DeployRequest(OperationId Operation, PersonId Person, string Task, LocalDate From, LocalDate? Until)
{
    public string? Area { get; init; }
    public CeilingExceptionKind? Exception { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>What became of a write: written (or already written under its key), refused by the law with its decision, or bad input.</summary>
public abstract record WriteOutcome
{
    public sealed record Written(LedgerEvent Event, Decision? Decision, bool Replayed) : WriteOutcome;
    public sealed record Refused(Decision Decision) : WriteOutcome;
    public sealed record Invalid(Problem Problem) : WriteOutcome
    {
        /// <summary>The problem in the domain's words (each host names the fields in its own).</summary>
        public string Message => Problem.ToString();
    }
}

/// <summary>
/// The ledger as a use case: the store, the state folded from it, and the law. Every write catches up
/// with what other writers committed, checks against that, and appends inside the store's exclusive
/// write, so two requests can never jointly overshoot a ceiling. <see cref="DeployAsync"/> commits the
/// requests that arrive together in one transaction (group commit), each still checked in turn.
/// </summary>
public sealed class TourLedger : IDisposable
{
    private readonly IEventStore store;
    private Authoriser authoriser;
    // How to read the law again from the ledger's record files, and the newest of them the law reflects (see the constructor).
    private readonly Func<LedgerState, Authoriser>? lawOf;
    private long lawAt;
    private readonly IClock clock;
    private readonly string user;
    private readonly Lock sync = new();
    private LedgerState? state;
    // The writes of DeployAsync, committed in batches by the same Commit as every other write.
    private readonly IGroupCommit<PendingWrite, WriteOutcome> group;

    /// <param name="store">Where the ledger lives.</param>
    /// <param name="authoriser">The law every write is checked against.</param>
    /// <param name="clock">When entries are recorded.</param>
    /// <param name="user">Who records them.</param>
    /// <param name="folded">The store's state if the caller has it already; otherwise it is opened from the store's snapshot and the entries after it.</param>
    /// <param name="lawOf">
    /// For a law the store holds (its record files, which <paramref name="authoriser"/> was read from in
    /// <paramref name="folded"/>): how to read it again. A write that finds record files committed since
    /// (a revocation, a lowered ceiling, a lapsed act, recorded by another writer meanwhile) reads the law
    /// again before it decides, so nothing is checked against a law already superseded. Without it the
    /// law is <paramref name="authoriser"/>'s for good (a law given apart from the store, as in tests).
    /// </param>
    public TourLedger(IEventStore store, Authoriser authoriser, IClock clock, string user, LedgerState? folded = null, Func<LedgerState, Authoriser>? lawOf = null)
    {
        (this.store, this.authoriser, this.clock, this.user, state, this.lawOf) = (store, authoriser, clock, user, folded, lawOf);
        lawAt = folded?.RecordChangedAt ?? -1;
        group = new GroupCommit<PendingWrite, WriteOutcome>(Commit);
    }

    /// <summary>How many requests one group commit takes at most (see <see cref="GroupCommit.MaxBatch"/>).</summary>
    public const int MaxBatch = GroupCommit.MaxBatch;

    /// <summary>How long a group commit waits for writers to come back (see <see cref="GroupCommit.CommitDelay"/>).</summary>
    public static readonly TimeSpan CommitDelay = GroupCommit.CommitDelay;

    /// <summary>
    /// A write not yet decided: its idempotency key, whether an entry written before under that key
    /// answered this same request (a replay) rather than another one, and the check that decides it.
    /// </summary>
    private sealed record PendingWrite(string? Key, Func<Content, bool> SameRequest, Func<Verdict> Decide);

    /// <summary>What an entry says, as far as telling requests apart goes.</summary>
    private sealed record Content(string Type, string? Operation, LocalDate ValidOn, string Payload)
    {
        public Content(NewEvent e) : this(e.Type, e.Operation, e.ValidOn, e.Payload) { }

        public Content(LedgerEvent e) : this(e.Type, e.Operation, e.ValidOn, e.Payload) { }

        public T Read<T>() => LedgerPayload.Read<T>(Payload);
    }

    /// <summary>What a check decided: the entry to append (with its payload as written, to fold without reading it back) and the decision, or why it stops.</summary>
    private readonly record struct Verdict(NewEvent? Entry, object? Payload, WriteOutcome? Stop, Decision? Decision);

    /// <summary>The state of every entry this ledger has seen; opened from the store on first use, or again after a failed write.</summary>
    private LedgerState Folded => state ??= LedgerSnapshot.Open(store);

    public LedgerState State
    {
        get { CatchUp(); return Folded; }
    }

    public IEventStore Store => store;

    /// <summary>Folds in every entry committed since this ledger last looked.</summary>
    public void CatchUp()
    {
        lock (sync)
        {
            var folded = Folded;
            foreach (var e in store.ReadAfter(folded.Head)) folded.Apply(e);
        }
    }

    /// <summary>Records the tour if it is lawful on every day it covers; one transaction for this request alone.</summary>
    public WriteOutcome Deploy(DeployRequest request) => Invalid(request) ?? Commit([Prepare(request)])[0];

    /// <summary>
    /// Records the tour if it is lawful on every day it covers, committed together with the requests
    /// that arrive meanwhile (group commit): the same checks, far fewer transactions.
    /// </summary>
    public Task<WriteOutcome> DeployAsync(DeployRequest request)
    {
        if (Invalid(request) is { } invalid) return Task.FromResult(invalid);
        return group.Enqueue(Prepare(request));
    }

    private static WriteOutcome? Invalid(DeployRequest request) =>
        InvalidPeriod(request.From, request.Until) is { } problem ? new WriteOutcome.Invalid(problem) : null;

    /// <summary>
    /// Why a tour's days cannot be recorded (out of order, or outside the days the ledger covers), or null if
    /// they can. <paramref name="untilField"/> names the last day as the caller's request does.
    /// </summary>
    public static Problem? InvalidPeriod(LocalDate from, LocalDate? until, string untilField = "until")
    {
        if (until is { } last && last < from)
            return Problem.Saying(untilField, TourEvents.Day(last), Problem.Join(
                $"'{TourEvents.Day(last)}' is before {Problem.Named("from")} ({TourEvents.Day(from)}); ",
                $"expected a day on or after it."),
                $"a day on or after {Problem.Named("from")}");
        return StrengthIndex.NotCovered("from", from)
            ?? (until is { } u ? StrengthIndex.NotCovered(untilField, u) : null);
    }

    /// <summary>The write for a request <see cref="Invalid"/> found no fault with.</summary>
    private PendingWrite Prepare(DeployRequest request)
    {
        // A task or area is recorded (and asked about) by its key as the mandates spell it, however it was named,
        // so that one task is counted as one.
        var (task, area) = (TaskKey(request.Operation, request.Task, request.From), AreaKey(request.Operation, request.Area, request.From));
        var payload = new TourEvents.StartedPayload(request.Person.Value, task, area,
            TourEvents.Day(request.From), request.Until is null ? null : TourEvents.Day(request.Until.Value), TourEvents.Word(request.Exception));
        var content = new NewEvent(TourEvents.Started, request.Operation.Value, request.From, Instant.MinValue, user, request.IdempotencyKey, LedgerPayload.Write(payload));
        // An open tour must be lawful on every day from its start, as far as the law is known.
        var asked = new DeploymentRequest(request.Operation, new DateInterval(request.From, request.Until ?? StrengthIndex.LastDay), 1)
        {
            Task = task, Area = area, Exception = request.Exception,
        };

        // A replay is the same request, its task and area compared as spelt by key (an entry may hold them as once typed).
        bool SameRequest(Content earlier) => earlier == new Content(content)
            || earlier.Type == TourEvents.Started && earlier.Operation == content.Operation && earlier.ValidOn == content.ValidOn
               && earlier.Read<TourEvents.StartedPayload>() is var before
               && before with { Task = TaskKey(request.Operation, before.Task, request.From), Area = AreaKey(request.Operation, before.Area, request.From) } == payload;

        return new PendingWrite(content.IdempotencyKey, SameRequest, () =>
        {
            var state = Folded;
            var overlap = state.ToursOf(request.Person).FirstOrDefault(t => t.Overlaps(request.From, request.Until));
            if (overlap is not null)
                return Stop(new WriteOutcome.Invalid(Problem.Saying("person", request.Person.Value,
                    $"'{request.Person}' is already on a tour that overlaps: {overlap} (ledger position {overlap.StartedAt}). One person cannot be on two tours at once.")));
            var decision = authoriser.Authorise(asked, state.StrengthOf(request.Operation));
            return decision.Authorised ? new Verdict(content with { RecordedAt = Now() }, payload, null, decision) : Stop(new WriteOutcome.Refused(decision));
        });
    }

    private string TaskKey(OperationId operation, string named, LocalDate from) => KeyOf(operation, named, from, m => m.Tasks);

    private string? AreaKey(OperationId operation, string? named, LocalDate from) => named is null ? null : KeyOf(operation, named, from, m => m.Areas);

    /// <summary>
    /// The key of the element a word names, as the operation's mandates spell it, so that one task (or area)
    /// is recorded and counted as one however it was named. The mandate governing the tour's first day is
    /// asked first, as the law will ask it; then the others, newest first. In each a key comes before a
    /// title (a title in one mandate may be another's key), and a key spelt exactly before one in another
    /// case. A word none of them lists is kept as typed, and the law will refuse it.
    /// </summary>
    private string KeyOf(OperationId operation, string named, LocalDate from, Func<Mandate, IEnumerable<MandateElement>> elements)
    {
        if (authoriser.Record.FindOperation(operation.Value) is not { } op) return named;
        var newestFirst = op.Mandates.Reverse().SelectMany(elements);
        return (Chain.Governing(op, from) is { } governing ? Named(elements(governing), named) : null) ?? Named(newestFirst, named) ?? named;
    }

    /// <summary>The key of the first of the elements whose key is the word as spelt, else in another case, else whose title it is; null if none.</summary>
    private static string? Named(IEnumerable<MandateElement> elements, string named)
    {
        var listed = elements as IReadOnlyCollection<MandateElement> ?? elements.ToList();
        return listed.FirstOrDefault(e => e.Key == named)?.Key
            ?? listed.FirstOrDefault(e => string.Equals(e.Key, named, StringComparison.OrdinalIgnoreCase))?.Key
            ?? listed.FirstOrDefault(e => string.Equals(e.Title, named, StringComparison.OrdinalIgnoreCase))?.Key;
    }

    /// <summary>
    /// Sets the last day of service (inclusive) of the person's tour: the tour covering
    /// <paramref name="lastDay"/> ends on it (shortening is always lawful); or, if none covers it, the
    /// person's latest tour that ended before it runs on to it (its tour extended, as when a mandate is
    /// renewed), if the law allows it on every day added.
    /// </summary>
    public WriteOutcome EndTour(PersonId person, LocalDate lastDay, string? idempotencyKey) =>
        Commit1(idempotencyKey,
            earlier => earlier.Type == TourEvents.Ended && earlier.Read<TourEvents.EndedPayload>() is var ended
                       && ended.Person == person.Value && ended.On == TourEvents.Day(lastDay),
            () =>
        {
            var state = Folded;
            var tours = state.ToursOf(person).ToList();
            var tour = tours.FirstOrDefault(t => t.Covers(lastDay));
            Decision? decision = null;
            if (tour is null)
            {
                if (StrengthIndex.NotCovered("on", lastDay) is { } outside) return Stop(new WriteOutcome.Invalid(outside));
                // The latest that ended before the day: a later tour of the person starting by then would cover the day.
                tour = tours.LastOrDefault(t => t.Until < lastDay);
                if (tour is null)
                    return Stop(new WriteOutcome.Invalid(Problem.Saying("person", person.Value,
                        $"'{person}' has no tour covering {TourEvents.Day(lastDay)}, nor one ending before it to run on to it; expected a person on a tour that day, or after one.",
                        $"a person on a tour that day, or after one")));
                decision = AskAboutDaysAdded(tour, [new DateInterval(tour.Until!.Value.PlusDays(1), lastDay)], [], state.StrengthOf(tour.Operation));
                if (decision is { Authorised: false }) return Stop(new WriteOutcome.Refused(decision));
            }
            else if (tour.Until == lastDay)
                return Stop(new WriteOutcome.Invalid(Problem.Saying("on", TourEvents.Day(lastDay),
                    $"{tour} (ledger position {tour.StartedAt}) already ends on {TourEvents.Day(lastDay)}; there is nothing to end.")));
            var payload = new TourEvents.EndedPayload(person.Value, tour.StartedAt, TourEvents.Day(lastDay));
            return new Verdict(new NewEvent(TourEvents.Ended, tour.Operation.Value, lastDay, Now(), user, idempotencyKey, LedgerPayload.Write(payload)), payload, null, decision);
        });

    /// <summary>The instant an entry is recorded: read inside the exclusive write, never before the entry ahead of it.</summary>
    private Instant Now() => Folded.RecordingInstant(clock.GetCurrentInstant());

    /// <summary>
    /// Corrects a tour recorded wrongly: a new entry supersedes the one that started it (nothing is
    /// updated or deleted). The corrected tour must be lawful on every day it adds, counted without the days it gives up.
    /// With <see cref="CorrectTourRequest.Cancel"/>, the tour is struck out as never served. Without
    /// <see cref="CorrectTourRequest.From"/>, only the last day is corrected: the tour keeps its first day. With
    /// <see cref="CorrectTourRequest.KeepUntil"/>, only the first day is corrected: the tour keeps the last day
    /// it has when the correction is written (an ended tour stays ended).
    /// </summary>
    public WriteOutcome Correct(CorrectTourRequest request)
    {
        var (tourPosition, from, until, cancel, reason, idempotencyKey, keepUntil) = request;
        // A replay has the same days: a day kept is the one the tour had when the correction was written (the
        // entry it superseded says which), not the one it has now, which may have changed since.
        bool SameDays(TourEvents.CorrectedPayload corrected)
        {
            var had = from is null || keepUntil ? DaysAt(corrected.Tour, corrected.Supersedes) : default;
            return corrected.From == (from is { } f ? TourEvents.Day(f) : had.From)
                && corrected.Until == (keepUntil ? had.Until : until is { } u ? TourEvents.Day(u) : null);
        }

        return Commit1(idempotencyKey,
            earlier => earlier.Type == TourEvents.Corrected && earlier.Read<TourEvents.CorrectedPayload>() is var corrected
                       && corrected.Tour == tourPosition && corrected.Cancelled == cancel && corrected.Reason == reason
                       && (cancel || SameDays(corrected)),
            () =>
        {
            var state = Folded;
            var tour = state.FindTour(tourPosition);
            if (tour is null)
                return Stop(new WriteOutcome.Invalid(Problem.Saying("tour", tourPosition.ToString(CultureInfo.InvariantCulture),
                    state.CancelledBy(tourPosition) is { } cancelledBy
                    ? (FormattableString)$"the tour started at ledger position {tourPosition} was cancelled at position {cancelledBy}; a cancelled tour is not corrected again."
                    : $"there is no tour started at ledger position {tourPosition}; expected the position `deploy` reported.")));
            var (first, last) = (from ?? tour.From, keepUntil ? tour.Until : until);
            Decision? decision = null;
            if (!cancel)
            {
                if (last < first)
                    return Stop(new WriteOutcome.Invalid(
                        from is null ? Problem.Saying("until", TourEvents.Day(last.Value), $"'{TourEvents.Day(last.Value)}' is before the tour's first day ({TourEvents.Day(first)}); expected a day on or after it, or a new {Problem.Named("from")}.")
                        : keepUntil ? Problem.Saying("from", TourEvents.Day(first), $"'{TourEvents.Day(first)}' is after the tour's last day ({TourEvents.Day(last.Value)}); expected a day on or before it, or a new {Problem.Named("until")}.")
                        : InvalidPeriod(first, last)!));
                if (InvalidPeriod(first, last) is { } invalid)
                    return Stop(new WriteOutcome.Invalid(invalid));
                if (tour.From == first && tour.Until == last)
                    return Stop(new WriteOutcome.Invalid(Problem.Saying("from", TourEvents.Day(first),
                        $"{tour} (ledger position {tour.StartedAt}) already runs on exactly those days; there is nothing to correct.")));
                var overlap = state.ToursOf(tour.Person).FirstOrDefault(t => t.StartedAt != tour.StartedAt && t.Overlaps(first, last));
                if (overlap is not null)
                    return Stop(new WriteOutcome.Invalid(Problem.Saying("from", TourEvents.Day(first),
                        $"'{tour.Person}' would overlap another tour: {overlap} (ledger position {overlap.StartedAt}).")));
                var (was, becomes) = (new DateInterval(tour.From, tour.Until ?? StrengthIndex.LastDay), new DateInterval(first, last ?? StrengthIndex.LastDay));
                decision = AskAboutDaysAdded(tour, DayRanges.Except(becomes, was), DayRanges.Except(was, becomes), state.StrengthOf(tour.Operation));
                if (decision is { Authorised: false }) return Stop(new WriteOutcome.Refused(decision));
            }
            var payload = new TourEvents.CorrectedPayload(state.LatestEntryOf(tour.StartedAt), tour.StartedAt,
                cancel ? null : TourEvents.Day(first), cancel || last is null ? null : TourEvents.Day(last.Value), cancel, reason);
            return new Verdict(new NewEvent(TourEvents.Corrected, tour.Operation.Value, cancel ? tour.From : first, Now(), user, idempotencyKey, LedgerPayload.Write(payload)), payload, null, decision);
        });
    }

    /// <summary>The days a tour had (its first and last; null if open) as of its entry at <paramref name="position"/>: its start, an end or a correction.</summary>
    private (string? From, string? Until) DaysAt(long tour, long position) =>
        (TourEvents.History(store, Folded, tour) ?? throw new InvalidDataException($"Ledger position {tour}, which a correction names as its tour, started no tour."))
            .TakeWhile(e => e.Position <= position).Aggregate(default((string?, string?)), TourEvents.DaysAfter);

    /// <summary>
    /// The law's decision on the days a write adds to a tour (an extension, a correction), as a new tour of its
    /// task, area and exception: the first refusal, else the last decision; null if it adds none. On the days
    /// the tour keeps it is counted already, so they are not asked about again; the days it gives up only
    /// lower the strength, so the days it adds are counted without them. Days added on both sides are asked
    /// about a side at a time, each counting the other side's days as served, so that a run over the ceiling
    /// through the kept days is counted whole.
    /// </summary>
    private Decision? AskAboutDaysAdded(Tour tour, List<DateInterval> added, List<DateInterval> given, IStrength strength)
    {
        Decision? decision = null;
        foreach (var days in added)
        {
            var asIfWritten = new StrengthChanged(strength, less: given, more: added.Where(other => other != days).ToList());
            decision = authoriser.Authorise(new DeploymentRequest(tour.Operation, days, 1) { Task = tour.Task, Area = tour.Area, Exception = tour.Exception }, asIfWritten);
            if (!decision.Authorised) break;
        }
        return decision;
    }

    /// <summary>An operation's strength with one tour's days changed: one fewer on the days in <c>less</c>, one more on those in <c>more</c>.</summary>
    private sealed class StrengthChanged(IStrength strength, List<DateInterval> less, List<DateInterval> more) : IStrength
    {
        private int Change(LocalDate day) => more.Count(d => d.Contains(day)) - less.Count(d => d.Contains(day));

        public int On(LocalDate day) => strength.On(day) + Change(day);

        public int MaxOver(DateInterval period)
        {
            // Cut the period where a changed stretch begins or ends: within each part every day changes alike.
            var cuts = less.Concat(more).SelectMany(d => new[] { d.Start, d.End.PlusDays(1) }).Order();
            var max = int.MinValue;
            foreach (var part in DayRanges.Cut(period, cuts))
                max = Math.Max(max, strength.MaxOver(part) + Change(part.Start));
            return max;
        }
    }

    private static Verdict Stop(WriteOutcome outcome) => new(null, null, outcome, null);

    private WriteOutcome Commit1(string? key, Func<Content, bool> sameRequest, Func<Verdict> decide) => Commit([new PendingWrite(key, sameRequest, decide)])[0];

    /// <summary>
    /// The one place writes happen: inside the store's exclusive write, catch up with what others
    /// committed, then decide each write in turn — honouring its idempotency key, checking it against the
    /// state including the writes decided before it — and append all that passed in one transaction.
    /// </summary>
    private IReadOnlyList<WriteOutcome> Commit(IReadOnlyList<PendingWrite> batch)
    {
        lock (sync)
        {
            var state = Folded;
            try
            {
                var (appended, answers) = store.Write(state.Head, committed =>
                {
                    foreach (var e in committed) state.Apply(e);
                    // Who may write, as the ledger stands inside the exclusive write: a revocation committed just
                    // before is honoured (the use case asked already, on the ledger as it stood then).
                    if (state.Users.WhyNot(user, Access.Act.RecordTours) is { } why)
                        throw new Access.NotPermittedException(user, Access.Act.RecordTours, why + "; nothing was written.");
                    if (lawOf is not null && state.RecordChangedAt != lawAt)
                        (authoriser, lawAt) = (lawOf(state), state.RecordChangedAt);
                    var first = state.Head + 1;
                    var entries = new List<NewEvent>();
                    var answers = new Answer[batch.Count];
                    for (var i = 0; i < batch.Count; i++)
                    {
                        var write = batch[i];
                        if (write.Key is not null && state.PositionOfKey(write.Key) is { } earlier)
                        {
                            // Written before under this key: earlier in this batch (not yet numbered), or committed
                            // (read once: to compare, and to answer with).
                            var committedEntry = earlier >= first ? null
                                : store.At(earlier) ?? throw new InvalidDataException($"The key '{write.Key}' names ledger position {earlier}, which the store lacks.");
                            var before = committedEntry is { } e ? new Content(e) : new Content(entries[(int)(earlier - first)]);
                            answers[i] = write.SameRequest(before)
                                ? new Answer(null, earlier, committedEntry, null, Replayed: true)
                                : new Answer(new WriteOutcome.Invalid(Problem.Saying("idempotencyKey", write.Key,
                                    $"'{write.Key}' was used at ledger position {earlier} for different content; a key names one request.")), 0, null, null, false);
                            continue;
                        }
                        var verdict = write.Decide();
                        if (verdict.Entry is not { } entry)
                        {
                            answers[i] = new Answer(verdict.Stop, 0, null, null, false);
                            continue;
                        }
                        // Fold it in now, as the store will number it, so the next write in the batch sees it;
                        // the store chains the hashes once, at commit.
                        var position = state.Head + 1;
                        state.Apply(new LedgerEvent(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, "", ""), verdict.Payload);
                        entries.Add(entry);
                        answers[i] = new Answer(null, position, null, verdict.Decision, Replayed: false);
                    }
                    return (entries, answers);
                });
                if (appended.Count > 0)
                {
                    if (appended[^1].Position != state.Head)
                        throw new InvalidOperationException($"The store numbered position {appended[^1].Position} differently from the ledger; the state will be rebuilt.");
                    state.HeadHash = appended[^1].Hash;
                }
                var firstAppended = state.Head - appended.Count + 1;
                return answers.Select(a => a.Outcome ?? new WriteOutcome.Written(
                    a.Committed ?? appended[(int)(a.Position - firstAppended)], a.Decision, a.Replayed)).ToList();
            }
            catch
            {
                // Writes that did not commit must leave no trace: open the state afresh on next use.
                this.state = null;
                throw;
            }
        }
    }

    /// <summary>One write's answer: stopped with an outcome, or written (or replayed) at a position; <c>Committed</c> is the entry when it was committed before this batch.</summary>
    private readonly record struct Answer(WriteOutcome? Outcome, long Position, LedgerEvent? Committed, Decision? Decision, bool Replayed);

    public void Dispose() => group.Dispose();
}
