using Mandates.Core.Access;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// What the ledger says now, built by applying its entries in order: every tour as last corrected,
/// each operation's strength per day (a <see cref="StrengthIndex"/>), and the head of the hash chain.
/// Pure: the store reads entries, this folds them. Tours are held as compact rows (see
/// <see cref="TourRow"/>) so that a ten-million-entry ledger fits in memory; <see cref="Tour"/>s are
/// made from them on demand. <see cref="LedgerSnapshot"/> saves and restores it.
/// </summary>
public sealed class LedgerState
{
    internal readonly NameTable Operations = new(StringComparer.OrdinalIgnoreCase);
    internal readonly NameTable Tasks = new(StringComparer.Ordinal);
    internal readonly NameTable Areas = new(StringComparer.Ordinal);
    internal readonly NameTable Persons = new(StringComparer.Ordinal);
    internal readonly TourRows Rows = new();
    /// <summary>By person number: the row of the person's newest tour, or -1.</summary>
    internal readonly List<int> NewestTourOfPerson = [];
    internal readonly List<StrengthIndex> Strength = [];
    internal readonly Dictionary<string, long> Keys = new(StringComparer.Ordinal);
    internal readonly Dictionary<long, long> LatestEntryOfTour = [];
    private readonly Dictionary<string, (string Text, long Position)> recordFiles = new(StringComparer.Ordinal);
    internal readonly List<UnpermittedWrite> unpermitted = [];

    /// <summary>Who may write, as the ledger's user entries say (see <see cref="UserBook"/>).</summary>
    public UserBook Users { get; } = new();

    /// <summary>
    /// Every entry recorded by someone the store's law did not let make it then (see <see cref="UserBook.WhyNot"/>),
    /// oldest first: none while the store has no users.
    /// </summary>
    public IReadOnlyList<UnpermittedWrite> Unpermitted => unpermitted;

    /// <summary>The record's files as last recorded in the ledger, by path, with the position that recorded each.</summary>
    public IReadOnlyDictionary<string, (string Text, long Position)> RecordFiles => recordFiles;

    /// <summary>The position of the newest record file (0 if none): the law the ledger holds changes only there.</summary>
    public long RecordChangedAt => recordFiles.Count == 0 ? 0 : recordFiles.Values.Max(f => f.Position);

    /// <summary>The newest entry that shaped the tour (its start, end or last correction): what a new correction supersedes.</summary>
    public long LatestEntryOf(long tour) => LatestEntryOfTour.GetValueOrDefault(tour, tour);

    public long Head { get; internal set; }
    /// <summary>When the newest entry was recorded; entries are recorded in position order.</summary>
    public Instant LastRecordedAt { get; internal set; } = Instant.MinValue;

    /// <summary>
    /// The first entry recorded before the one ahead of it, if any. No writer of this program does that
    /// (see <see cref="RecordingInstant"/>); a store generated before entries were recorded when appended
    /// does, and then "as recorded at" an instant is no longer a prefix one can find by its time.
    /// </summary>
    public long? FirstRecordedOutOfOrder { get; internal set; }

    /// <summary>
    /// The instant to record a new entry at: <paramref name="now"/>, but never before the newest entry
    /// (another machine's clock may run ahead), so that "as recorded at" an instant is always a prefix of
    /// the ledger. (A clock running behind gives entries the newest one's instant: "as recorded at" that
    /// instant then includes them all.)
    /// </summary>
    public Instant RecordingInstant(Instant now) => now > LastRecordedAt ? now : LastRecordedAt;
    public string HeadHash { get; internal set; } = LedgerEvent.Genesis;

    /// <summary>Every operation a tour was ever started for, as first spelt.</summary>
    public IEnumerable<string> OperationsToured => Enumerable.Range(0, Operations.Count).Select(op => Operations[op]);

    /// <summary>Every tour not cancelled, in the order they were started.</summary>
    public IEnumerable<Tour> Tours
    {
        get
        {
            for (var row = 0; row < Rows.Count; row++)
                if (!Rows[row].Cancelled) yield return TourAt(row);
        }
    }

    /// <summary>The tours of an operation that overlap a period, in the order they were started.</summary>
    public IEnumerable<Tour> ToursOf(OperationId operation, DateInterval period)
    {
        if (Operations.Find(operation.Value) is not { } op) yield break;
        var (from, until) = (TourRow.Day(period.Start), TourRow.Day(period.End));
        for (var row = 0; row < Rows.Count; row++)
        {
            var r = Rows[row];
            if (!r.Cancelled && r.Operation == op && r.Overlaps(from, until)) yield return TourAt(row);
        }
    }

    /// <summary>The tour started at a ledger position, unless there is none or it was cancelled.</summary>
    public Tour? FindTour(long startedAt) =>
        Rows.Find(startedAt) is var row and >= 0 && !Rows[row].Cancelled ? TourAt(row) : null;

    /// <summary>The position of the correction that cancelled the tour started at a position, if it was cancelled.</summary>
    public long? CancelledBy(long startedAt) =>
        Rows.Find(startedAt) is var row and >= 0 && Rows[row].Cancelled ? LatestEntryOf(startedAt) : null;

    public IStrength StrengthOf(OperationId operation) =>
        Operations.Find(operation.Value) is { } op ? new IndexedStrength(Strength[op]) : ConstantStrength.None;

    /// <summary>The state as it was recorded at an instant: the entries recorded up to it, folded.</summary>
    public static LedgerState AsRecordedAt(IEnumerable<LedgerEvent> entries, Instant instant)
    {
        var state = new LedgerState();
        foreach (var e in entries.TakeWhile(e => e.RecordedAt <= instant)) state.Apply(e);
        return state;
    }

    /// <summary>The state of every entry, folded.</summary>
    public static LedgerState Of(IEnumerable<LedgerEvent> entries)
    {
        var state = new LedgerState();
        foreach (var e in entries) state.Apply(e);
        return state;
    }

    /// <summary>The position of the entry written under an idempotency key, if any.</summary>
    public long? PositionOfKey(string key) => Keys.TryGetValue(key, out var position) ? position : null;

    /// <summary>The tours of a person, oldest first.</summary>
    public IEnumerable<Tour> ToursOf(PersonId person)
    {
        if (Persons.Find(person.Value) is not { } p) return [];
        var tours = new List<Tour>();
        for (var row = NewestTourOfPerson[p]; row >= 0; row = Rows[row].PreviousOfPerson)
            if (!Rows[row].Cancelled) tours.Add(TourAt(row));
        tours.Sort((a, b) => a.From.CompareTo(b.From));
        return tours;
    }

    /// <summary>Folds in an entry read from the store, reading its payload. One no writer of this program could have written (a day that is no day, a tour before the ledger's first day) is named by its position.</summary>
    public void Apply(LedgerEvent e)
    {
        try
        {
            Apply(e, null);
        }
        catch (Exception problem) when (problem is FormatException or ArgumentException or KeyNotFoundException or NullReferenceException or NodaTime.Text.UnparsableValueException or InvalidDataException)
        {
            throw new DamagedEntryException(e.Position, $"its {e.Type} entry cannot be folded ({problem.Message}): the entry was altered or the store damaged", problem);
        }
    }

    /// <summary>Folds in the entry; <paramref name="payload"/> is its payload already read (the writer has it), or null to read it.</summary>
    internal void Apply(LedgerEvent e, object? payload)
    {
        if (e.Position != Head + 1)
            throw new InvalidDataException($"Ledger position {e.Position} follows {Head}: the ledger has a gap.");
        switch (e.Type)
        {
            case TourEvents.Started:
            {
                var p = payload as TourEvents.StartedPayload ?? LedgerPayload.Read<TourEvents.StartedPayload>(e);
                var (from, until) = (TourEvents.Day(p.From), p.Until is null ? (LocalDate?)null : TourEvents.Day(p.Until));
                Recordable(from, until);
                Written(e, from, "the tour's first day");
                Start(e.Position, p.Person, e.Operation!, p.Task, p.Area, from, until, TourEvents.Kind(p.Exception));
                break;
            }
            case TourEvents.Ended:
            {
                var p = payload as TourEvents.EndedPayload ?? LedgerPayload.Read<TourEvents.EndedPayload>(e);
                var row = Find(e, p.Tour);
                var on = TourEvents.Day(p.On);
                Recordable(TourRow.Date(Rows[row].From), on);
                Written(e, row, on, "the day it ends the tour on");
                Reshape(row, Rows[row].From, TourRow.Day(on));
                LatestEntryOfTour[p.Tour] = e.Position;
                break;
            }
            case TourEvents.Corrected:
            {
                var p = payload as TourEvents.CorrectedPayload ?? LedgerPayload.Read<TourEvents.CorrectedPayload>(e);
                var row = Find(e, p.Tour);
                if (p.Cancelled)
                {
                    Written(e, row, TourRow.Date(Rows[row].From), "the first day of the tour it cancels");
                    Cancel(row);
                }
                else
                {
                    var (from, until) = (TourEvents.Day(p.From!), p.Until is null ? (LocalDate?)null : TourEvents.Day(p.Until));
                    Recordable(from, until);
                    Written(e, row, from, "the tour's corrected first day");
                    Reshape(row, TourRow.Day(from), TourRow.UntilDay(until));
                }
                LatestEntryOfTour[p.Tour] = e.Position;
                break;
            }
            case RecordEvents.FileRecorded:
            {
                var p = payload as RecordEvents.FilePayload ?? LedgerPayload.Read<RecordEvents.FilePayload>(e);
                if (Users.Closed) Permitted(e, WriteActs.OfFile(p.Path));
                RecordFile(p.Path, p.Text, e.Position);
                break;
            }
            case UserEvents.Added or UserEvents.RoleChanged or UserEvents.Revoked:
                Permitted(e, [Act.ManageUsers]);
                Users.Apply(e, payload);
                break;
            default:
                // A type no writer writes would be skipped unseen, and whatever it says with it (an end, a tour) lost.
                throw new InvalidDataException($"its type '{e.Type}' is none this program writes ({TourEvents.Started}, {TourEvents.Ended}, {TourEvents.Corrected}, {RecordEvents.FileRecorded}, {string.Join(", ", UserEvents.Types)})");
        }
        if (Users.Closed && e.Type is TourEvents.Started or TourEvents.Ended or TourEvents.Corrected)
            Permitted(e, [Act.RecordTours]);
        if (e.IdempotencyKey is { } key) Keys[key] = e.Position;
        Head = e.Position;
        HeadHash = e.Hash;
        if (e.RecordedAt < LastRecordedAt) FirstRecordedOutOfOrder ??= e.Position;
        LastRecordedAt = e.RecordedAt;
    }

    /// <summary>Notes the entry as unpermitted unless its recorder may do one of <paramref name="acts"/> (by the users before it).</summary>
    private void Permitted(LedgerEvent e, IReadOnlyList<Act> acts)
    {
        string? why = null;
        foreach (var act in acts)
            if ((why = Users.WhyNot(e.RecordedBy, act)) is null) return;
        unpermitted.Add(new UnpermittedWrite(e.Position, e.RecordedAt, e.RecordedBy, e.Type, acts[0], why!));
    }

    /// <summary>
    /// Refuses a tour's days that no writer records (<see cref="TourLedger.InvalidPeriod"/>: outside the days
    /// the ledger covers, or the last before the first): the entry was altered, though its hash may match.
    /// </summary>
    private static void Recordable(LocalDate from, LocalDate? until)
    {
        if (TourLedger.InvalidPeriod(from, until) is not null)
            throw new InvalidDataException($"a tour from {TourEvents.Day(from)} to {(until is { } u ? TourEvents.Day(u) : "open")}, which no writer records "
                + $"(a tour's days run from {TourEvents.Day(StrengthIndex.FirstDay)} to {TourEvents.Day(StrengthIndex.LastDay)}, its last not before its first)");
    }

    /// <summary>
    /// Refuses a tour entry whose columns say other than its payload, as no writer records them: its
    /// valid_on is the day the payload acts on, and an entry about a tour names the tour's operation.
    /// Such an entry can have a matching hash (recomputed), but the columns are what queries select by.
    /// </summary>
    private static void Written(LedgerEvent e, LocalDate day, string what)
    {
        if (e.ValidOn != day)
            throw new InvalidDataException($"its valid_on {TourEvents.Day(e.ValidOn)} is not {what} ({TourEvents.Day(day)}), as every writer records it");
    }

    private void Written(LedgerEvent e, int row, LocalDate day, string what)
    {
        if (!string.Equals(e.Operation, Operations[Rows[row].Operation], StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"its operation '{e.Operation}' is not that of tour {Rows[row].StartedAt} ('{Operations[Rows[row].Operation]}'), as every writer records it");
        Written(e, day, what);
    }

    private void Start(long position, string person, string operation, string task, string? area, LocalDate from, LocalDate? until, CeilingExceptionKind? exception)
    {
        var p = Persons.Intern(person);
        if (p == NewestTourOfPerson.Count) NewestTourOfPerson.Add(-1);
        var op = OperationNumber(operation);
        var row = new TourRow
        {
            StartedAt = position,
            Person = p,
            Operation = op,
            Task = checked((ushort)Tasks.Intern(task)),
            Area = area is null ? (ushort)0 : checked((ushort)(Areas.Intern(area) + 1)),
            Exception = exception is { } k ? checked((byte)((int)k + 1)) : (byte)0,
            From = TourRow.Day(from),
            Until = TourRow.UntilDay(until),
            PreviousOfPerson = NewestTourOfPerson[p],
        };
        NewestTourOfPerson[p] = Rows.Add(row);
        Strength[op].Add(row.From, row.Until, 1);
    }

    private ushort OperationNumber(string operation)
    {
        var op = Operations.Intern(operation);
        if (op == Strength.Count) Strength.Add(new StrengthIndex());
        return checked((ushort)op);
    }

    private void Reshape(int row, int from, int until)
    {
        ref var r = ref Rows[row];
        Strength[r.Operation].Add(r.From, r.Until, -1);
        (r.From, r.Until) = (from, until);
        Strength[r.Operation].Add(from, until, 1);
    }

    private void Cancel(int row)
    {
        ref var r = ref Rows[row];
        Strength[r.Operation].Add(r.From, r.Until, -1);
        r.Cancelled = true;
    }

    private int Find(LedgerEvent e, long position) =>
        Rows.Find(position) is var row and >= 0 && !Rows[row].Cancelled ? row
            : throw new InvalidDataException($"Ledger position {e.Position} ({e.Type}) refers to tour {position}, which does not exist.");

    internal Tour TourAt(int row)
    {
        var r = Rows[row];
        return new Tour(r.StartedAt, new PersonId(Persons[r.Person]), new OperationId(Operations[r.Operation]), Tasks[r.Task],
            r.Area == 0 ? null : Areas[r.Area - 1], TourRow.Date(r.From), TourRow.UntilDate(r.Until),
            r.Exception == 0 ? null : (CeilingExceptionKind)(r.Exception - 1));
    }

    /// <summary>Rebuilds every operation's strength from the rows: a running sum of tours starting and ending, then each index built in one pass.</summary>
    internal void RebuildStrength()
    {
        Strength.Clear();
        var changes = new int[Operations.Count][];
        for (var op = 0; op < changes.Length; op++) changes[op] = new int[StrengthIndex.DayCount + 1];
        for (var row = 0; row < Rows.Count; row++)
        {
            var r = Rows[row];
            if (r.Cancelled) continue;
            changes[r.Operation][r.From]++;
            changes[r.Operation][r.Until == TourRow.Open ? StrengthIndex.DayCount : r.Until + 1]--;
        }
        foreach (var change in changes)
        {
            var daily = new int[StrengthIndex.DayCount];
            var running = 0;
            for (var day = 0; day < daily.Length; day++) daily[day] = running = checked(running + change[day]);
            Strength.Add(StrengthIndex.FromDaily(daily));
        }
    }

    internal void RecordFile(string path, string text, long position) => recordFiles[path] = (text, position);

    /// <summary>
    /// An operation's strength from its index, on any day: a question about 2150 is answered by the law,
    /// not refused by the index. No tour starts before the index's first day, so there the strength is 0;
    /// an open tour runs on past its last day, so after it the strength is that of the last day (which
    /// may count a tour ending exactly then: more, never less, so a ceiling is never passed unseen).
    /// </summary>
    private sealed class IndexedStrength(StrengthIndex index) : IStrength
    {
        public int On(LocalDate day) =>
            day < StrengthIndex.FirstDay ? 0 : index.On(day > StrengthIndex.LastDay ? StrengthIndex.LastDay : day);

        public int MaxOver(DateInterval period)
        {
            if (period.End < StrengthIndex.FirstDay) return 0;
            var start = period.Start < StrengthIndex.FirstDay ? StrengthIndex.FirstDay : period.Start;
            var end = period.End > StrengthIndex.LastDay ? StrengthIndex.LastDay : period.End;
            return start > end ? index.On(StrengthIndex.LastDay) : index.MaxOver(new DateInterval(start, end));
        }
    }
}
