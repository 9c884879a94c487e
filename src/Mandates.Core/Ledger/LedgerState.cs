using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// What the ledger says now, built by applying its entries in order: every tour as last corrected,
/// each operation's strength per day (a <see cref="StrengthIndex"/>), and the head of the hash chain.
/// Pure: the store reads entries, this folds them.
/// </summary>
public sealed class LedgerState
{
    private readonly Dictionary<string, StrengthIndex> strength = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, Tour> tours = [];
    private readonly Dictionary<PersonId, List<long>> toursByPerson = [];
    private readonly Dictionary<string, LedgerEvent> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> latestEntryOfTour = [];
    private readonly Dictionary<string, (string Text, long Position)> recordFiles = new(StringComparer.Ordinal);

    /// <summary>The record's files as last recorded in the ledger, by path, with the position that recorded each.</summary>
    public IReadOnlyDictionary<string, (string Text, long Position)> RecordFiles => recordFiles;

    /// <summary>The newest entry that shaped the tour (its start, end or last correction): what a new correction supersedes.</summary>
    public long LatestEntryOf(long tour) => latestEntryOfTour.GetValueOrDefault(tour, tour);

    public long Head { get; private set; }
    /// <summary>When the newest entry was recorded; entries are recorded in position order.</summary>
    public Instant LastRecordedAt { get; private set; } = Instant.MinValue;
    public string HeadHash { get; private set; } = LedgerEvent.Genesis;

    public IEnumerable<Tour> Tours => tours.Values;

    public IStrength StrengthOf(OperationId operation) => new IndexedStrength(Index(operation.Value));

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

    public LedgerEvent? ByIdempotencyKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The tours of a person, oldest first.</summary>
    public IEnumerable<Tour> ToursOf(PersonId person) =>
        toursByPerson.TryGetValue(person, out var positions) ? positions.Select(p => tours[p]).OrderBy(t => t.From) : [];

    public void Apply(LedgerEvent e)
    {
        if (e.Position != Head + 1)
            throw new InvalidDataException($"Ledger position {e.Position} follows {Head}: the ledger has a gap.");
        switch (e.Type)
        {
            case TourEvents.Started:
            {
                var p = LedgerPayload.Read<TourEvents.StartedPayload>(e);
                var tour = new Tour(e.Position, new PersonId(p.Person), new OperationId(e.Operation!), p.Task, p.Area,
                    TourEvents.Day(p.From), p.Until is null ? null : TourEvents.Day(p.Until), TourEvents.Kind(p.Exception));
                Add(tour);
                break;
            }
            case TourEvents.Ended:
            {
                var p = LedgerPayload.Read<TourEvents.EndedPayload>(e);
                var tour = Find(e, p.Tour);
                Replace(tour, tour with { Until = TourEvents.Day(p.On) });
                latestEntryOfTour[tour.StartedAt] = e.Position;
                break;
            }
            case TourEvents.Corrected:
            {
                var p = LedgerPayload.Read<TourEvents.CorrectedPayload>(e);
                var tour = Find(e, p.Tour);
                if (p.Cancelled) Remove(tour);
                else Replace(tour, tour with { From = TourEvents.Day(p.From!), Until = p.Until is null ? null : TourEvents.Day(p.Until) });
                latestEntryOfTour[tour.StartedAt] = e.Position;
                break;
            }
            case RecordEvents.FileRecorded:
            {
                var p = LedgerPayload.Read<RecordEvents.FilePayload>(e);
                recordFiles[p.Path] = (p.Text, e.Position);
                break;
            }
            // Other entries do not change tours or the record.
        }
        if (e.IdempotencyKey is { } key) byKey[key] = e;
        Head = e.Position;
        HeadHash = e.Hash;
        LastRecordedAt = e.RecordedAt;
    }

    private Tour Find(LedgerEvent e, long position) =>
        tours.TryGetValue(position, out var tour) ? tour
            : throw new InvalidDataException($"Ledger position {e.Position} ({e.Type}) refers to tour {position}, which does not exist.");

    private void Add(Tour tour)
    {
        tours[tour.StartedAt] = tour;
        if (!toursByPerson.TryGetValue(tour.Person, out var list)) toursByPerson[tour.Person] = list = [];
        list.Add(tour.StartedAt);
        Index(tour.Operation.Value).Add(tour.From, tour.Until, 1);
    }

    private void Remove(Tour tour)
    {
        tours.Remove(tour.StartedAt);
        toursByPerson[tour.Person].Remove(tour.StartedAt);
        Index(tour.Operation.Value).Add(tour.From, tour.Until, -1);
    }

    private void Replace(Tour old, Tour updated)
    {
        Remove(old);
        Add(updated);
    }

    private StrengthIndex Index(string operation)
    {
        if (!strength.TryGetValue(operation, out var index)) strength[operation] = index = new StrengthIndex();
        return index;
    }

    private sealed class IndexedStrength(StrengthIndex index) : IStrength
    {
        public int On(LocalDate day) => index.On(day);
        public int MaxOver(DateInterval period) => index.MaxOver(period);
    }
}
