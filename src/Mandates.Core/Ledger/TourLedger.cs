using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>A request to deploy one person (DESIGN.md §4.2). Dates are inclusive; a null <see cref="Until"/> is an open tour.</summary>
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
    public sealed record Invalid(string Message) : WriteOutcome;
}

/// <summary>
/// The ledger as a use case: the store, the state folded from it, and the law. Every write catches up
/// with what other writers committed, checks against that, and appends inside the store's exclusive
/// write, so two requests can never jointly overshoot a ceiling. <see cref="DeployAsync"/> commits the
/// requests that arrive together in one transaction (group commit), each still checked in turn.
/// </summary>
public sealed class TourLedger(IEventStore store, Authoriser authoriser, IClock clock, string user, LedgerState? folded = null) : IDisposable
{
    private LedgerState state = folded ?? new();
    private readonly Lock sync = new();
    private readonly System.Threading.Channels.Channel<(PendingWrite Write, TaskCompletionSource<WriteOutcome> Done)> queue =
        System.Threading.Channels.Channel.CreateUnbounded<(PendingWrite, TaskCompletionSource<WriteOutcome>)>(new() { SingleReader = true });
    private Task? committer;

    /// <summary>How many requests one group commit takes at most.</summary>
    public const int MaxBatch = 512;

    /// <summary>A write not yet decided: its idempotency key, its content (to compare on a replayed key), and the check that decides it.</summary>
    private sealed record PendingWrite(string? Key, NewEvent? Content, Func<(NewEvent? Entry, WriteOutcome? Stop, Decision? Decision)> Decide);

    public LedgerState State
    {
        get { CatchUp(); return state; }
    }

    public IEventStore Store => store;

    /// <summary>Folds in every entry committed since this ledger last looked.</summary>
    public void CatchUp()
    {
        lock (sync)
            foreach (var e in store.ReadAfter(state.Head)) state.Apply(e);
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
        var write = Prepare(request);
        var done = new TaskCompletionSource<WriteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite((write, done))) throw new ObjectDisposedException(nameof(TourLedger));
        lock (sync) committer ??= Task.Run(CommitQueued);
        return done.Task;
    }

    private static WriteOutcome? Invalid(DeployRequest request)
    {
        if (request.Until is { } until && until < request.From)
            return new WriteOutcome.Invalid($"--until: '{TourEvents.Day(until)}' is before --from ({TourEvents.Day(request.From)}); expected a day on or after it.");
        if (!StrengthIndex.Covers(request.From) || request.Until is { } u && !StrengthIndex.Covers(u))
            return new WriteOutcome.Invalid($"--from/--until: the ledger covers {TourEvents.Day(StrengthIndex.FirstDay)} to {TourEvents.Day(StrengthIndex.LastDay)}.");
        return null;
    }

    /// <summary>The write for a request <see cref="Invalid"/> found no fault with.</summary>
    private PendingWrite Prepare(DeployRequest request)
    {
        var payload = LedgerPayload.Write(new TourEvents.StartedPayload(request.Person.Value, request.Task, request.Area,
            TourEvents.Day(request.From), request.Until is null ? null : TourEvents.Day(request.Until.Value), TourEvents.Word(request.Exception)));
        var content = new NewEvent(TourEvents.Started, request.Operation.Value, request.From, Instant.MinValue, user, request.IdempotencyKey, payload);

        return new PendingWrite(content.IdempotencyKey, content, () =>
        {
            var entry = content with { RecordedAt = Now() };
            var overlap = state.ToursOf(request.Person).FirstOrDefault(t => t.Overlaps(request.From, request.Until));
            if (overlap is not null)
                return Stop(new WriteOutcome.Invalid($"--person: '{request.Person}' is already on a tour that overlaps: {overlap} (ledger position {overlap.StartedAt}). One person cannot be on two tours at once."));
            // An open tour must be lawful on every day from its start, as far as the law is known.
            var period = new DateInterval(request.From, request.Until ?? StrengthIndex.LastDay);
            var decision = authoriser.Authorise(new DeploymentRequest(request.Operation, period, 1)
            {
                Task = request.Task, Area = request.Area, Exception = request.Exception,
            }, state.StrengthOf(request.Operation));
            return decision.Authorised ? (entry, null, decision) : Stop(new WriteOutcome.Refused(decision));
        });
    }

    /// <summary>Ends the person's tour that covers <paramref name="lastDay"/> (its last day of service, inclusive). Shortening a tour is always lawful.</summary>
    public WriteOutcome EndTour(PersonId person, LocalDate lastDay, string? idempotencyKey) =>
        Commit1(idempotencyKey, () =>
        {
            var tour = state.ToursOf(person).FirstOrDefault(t => t.Covers(lastDay));
            if (tour is null)
                return Stop(new WriteOutcome.Invalid($"--person: '{person}' has no tour covering {TourEvents.Day(lastDay)}; expected a person on a tour that day."));
            var payload = LedgerPayload.Write(new TourEvents.EndedPayload(person.Value, tour.StartedAt, TourEvents.Day(lastDay)));
            return (new NewEvent(TourEvents.Ended, tour.Operation.Value, lastDay, Now(), user, idempotencyKey, payload), null, null);
        });

    /// <summary>
    /// The instant an entry is recorded: read inside the exclusive write and never before the entry
    /// ahead of it, so "as recorded at" an instant is exactly what a query at that instant saw.
    /// </summary>
    private Instant Now()
    {
        var now = clock.GetCurrentInstant();
        return now > state.LastRecordedAt ? now : state.LastRecordedAt;
    }

    /// <summary>
    /// Corrects a tour recorded wrongly: a new entry supersedes the one that started it (nothing is
    /// updated or deleted). The corrected tour must be lawful on every day, counted without its old self.
    /// With <paramref name="cancel"/>, the tour is struck out as never served.
    /// </summary>
    public WriteOutcome Correct(long tourPosition, LocalDate from, LocalDate? until, bool cancel, string reason, string? idempotencyKey) =>
        Commit1(idempotencyKey, () =>
        {
            var tour = state.Tours.FirstOrDefault(t => t.StartedAt == tourPosition);
            if (tour is null)
                return Stop(new WriteOutcome.Invalid($"--tour: there is no tour started at ledger position {tourPosition}; expected the position `deploy` reported."));
            if (!cancel && until is { } u && u < from)
                return Stop(new WriteOutcome.Invalid($"--until: '{TourEvents.Day(u)}' is before --from ({TourEvents.Day(from)}); expected a day on or after it."));
            Decision? decision = null;
            if (!cancel)
            {
                var overlap = state.ToursOf(tour.Person).FirstOrDefault(t => t.StartedAt != tour.StartedAt && t.Overlaps(from, until));
                if (overlap is not null)
                    return Stop(new WriteOutcome.Invalid($"--from/--until: '{tour.Person}' would overlap another tour: {overlap} (ledger position {overlap.StartedAt})."));
                decision = authoriser.Authorise(new DeploymentRequest(tour.Operation, new DateInterval(from, until ?? StrengthIndex.LastDay), 1)
                {
                    Task = tour.Task, Area = tour.Area, Exception = tour.Exception,
                }, new StrengthWithout(state.StrengthOf(tour.Operation), tour));
                if (!decision.Authorised) return Stop(new WriteOutcome.Refused(decision));
            }
            var payload = LedgerPayload.Write(new TourEvents.CorrectedPayload(state.LatestEntryOf(tour.StartedAt), tour.StartedAt,
                cancel ? null : TourEvents.Day(from), cancel || until is null ? null : TourEvents.Day(until.Value), cancel, reason));
            return (new NewEvent(TourEvents.Corrected, tour.Operation.Value, cancel ? tour.From : from, Now(), user, idempotencyKey, payload), null, decision);
        });

    /// <summary>An operation's strength with one tour taken out (it covers every day of its own period, so its days lose exactly one).</summary>
    private sealed class StrengthWithout(IStrength strength, Tour tour) : IStrength
    {
        private readonly DateInterval own = new(tour.From, tour.Until ?? StrengthIndex.LastDay);

        public int On(LocalDate day) => strength.On(day) - (own.Contains(day) ? 1 : 0);

        public int MaxOver(DateInterval period)
        {
            var max = int.MinValue;
            if (period.Start < own.Start) max = Math.Max(max, strength.MaxOver(new DateInterval(period.Start, Min(period.End, own.Start.PlusDays(-1)))));
            if (period.End > own.End) max = Math.Max(max, strength.MaxOver(new DateInterval(Max(period.Start, own.End.PlusDays(1)), period.End)));
            var (start, end) = (Max(period.Start, own.Start), Min(period.End, own.End));
            if (start <= end) max = Math.Max(max, strength.MaxOver(new DateInterval(start, end)) - 1);
            return max;
        }

        private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
        private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
    }

    private static (NewEvent?, WriteOutcome?, Decision?) Stop(WriteOutcome outcome) => (null, outcome, null);

    private WriteOutcome Commit1(string? key, Func<(NewEvent? Entry, WriteOutcome? Stop, Decision? Decision)> decide) =>
        Commit([new PendingWrite(key, null, decide)])[0];

    /// <summary>
    /// The one place writes happen: inside the store's exclusive write, catch up with what others
    /// committed, then decide each write in turn — honouring its idempotency key, checking it against the
    /// state including the writes decided before it — and append all that passed in one transaction.
    /// </summary>
    private IReadOnlyList<WriteOutcome> Commit(IReadOnlyList<PendingWrite> batch)
    {
        lock (sync)
        {
            try
            {
                var (appended, outcomes) = store.Write(state.Head, committed =>
                {
                    foreach (var e in committed) state.Apply(e);
                    var entries = new List<NewEvent>();
                    var outcomes = new List<WriteOutcome>(batch.Count);
                    foreach (var write in batch)
                    {
                        if (write.Key is not null && state.ByIdempotencyKey(write.Key) is { } earlier)
                        {
                            outcomes.Add(write.Content is null || SameContent(earlier, write.Content)
                                ? new WriteOutcome.Written(earlier, null, Replayed: true)
                                : new WriteOutcome.Invalid($"--key: '{write.Key}' was used at ledger position {earlier.Position} for different content; a key names one request."));
                            continue;
                        }
                        var (entry, stop, decision) = write.Decide();
                        if (entry is null)
                        {
                            outcomes.Add(stop!);
                            continue;
                        }
                        // Fold it in now, as the store will number and chain it, so the next write in the batch sees it.
                        var position = state.Head + 1;
                        var hash = LedgerEvent.ComputeHash(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, state.HeadHash);
                        var folded = new LedgerEvent(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, state.HeadHash, hash);
                        state.Apply(folded);
                        entries.Add(entry);
                        outcomes.Add(new WriteOutcome.Written(folded, decision, Replayed: false));
                    }
                    return (entries, outcomes);
                });
                if (appended.Count > 0 && appended[^1].Hash != state.HeadHash)
                    throw new InvalidOperationException($"The store chained position {appended[^1].Position} differently from the ledger; the state will be rebuilt.");
                return outcomes;
            }
            catch
            {
                // Writes that did not commit must leave no trace: fold the store afresh.
                state = LedgerState.Of(store.ReadAfter(0));
                throw;
            }
        }
    }

    /// <summary>Takes what has queued up, commits it as one batch, answers each request; until disposed.</summary>
    private async Task CommitQueued()
    {
        var batch = new List<(PendingWrite Write, TaskCompletionSource<WriteOutcome> Done)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                var outcomes = Commit(batch.Select(b => b.Write).ToList());
                for (var i = 0; i < batch.Count; i++) batch[i].Done.SetResult(outcomes[i]);
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch) done.SetException(e);
            }
        }
    }

    public void Dispose() => queue.Writer.TryComplete();

    private static readonly IReadOnlyList<NewEvent> NoEntries = [];

    private static bool SameContent(LedgerEvent earlier, NewEvent request) =>
        earlier.Type == request.Type && earlier.Operation == request.Operation && earlier.ValidOn == request.ValidOn && earlier.Payload == request.Payload;
}
