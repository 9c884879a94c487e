using Mandates.Core.Ledger;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// The ledger in memory, for testing what Core does with a store without a database. It keeps
/// <see cref="IEventStore"/>'s contract as the SQL stores in Mandates.Storage do: gapless positions from
/// 1, each entry's hash chained to the one before, one writer at a time that is shown what others
/// committed since the head it knew, nothing written when the decision appends nothing or throws, an
/// idempotency key used at most once (as the tables' UNIQUE constraint: a write reusing one is refused
/// whole), and snapshots kept beside the ledger, read only if they match the entry at their position.
/// <para>
/// Several <see cref="TourLedger"/>s sharing one instance stand for several processes sharing a database:
/// each folds its own state and catches up inside <see cref="Write{T}"/>.
/// </para>
/// </summary>
public sealed class MemoryEventStore : IEventStore
{
    // Entries are immutable records: a reader copies the list's range under this lock, never the entries.
    private readonly Lock data = new();
    private readonly List<LedgerEvent> entries = [];
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, (string Hash, int Format, byte[] Content)> snapshots = [];

    // Held for the whole of a write, decision included: the exclusive write lock a database takes.
    private readonly Lock writer = new();

    public string Description => "memory";

    public long Head
    {
        get { lock (data) return entries.Count; }
    }

    public IEnumerable<LedgerEvent> ReadAfter(long position) => Range(position, long.MaxValue);

    public IEnumerable<LedgerEvent> ReadAbout(string operation, IReadOnlyList<string> types, long after, long through) =>
        types.Count == 0 ? [] : Range(after, through).Where(e => e.Operation == operation && types.Contains(e.Type)).ToList();

    public LedgerEvent? At(long position)
    {
        lock (data) return position >= 1 && position <= entries.Count ? entries[(int)(position - 1)] : null;
    }

    /// <summary>The entries after <paramref name="after"/> up to <paramref name="through"/>, as committed when asked (a write meanwhile does not change what is read).</summary>
    private List<LedgerEvent> Range(long after, long through)
    {
        lock (data)
        {
            var from = (int)Math.Clamp(after, 0, entries.Count);
            var to = (int)Math.Clamp(through, from, entries.Count);
            return entries.GetRange(from, to - from);
        }
    }

    public void SaveSnapshot(long position, string hash, int format, Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        lock (data)
        {
            // As the SQL stores: one already saved at this position in this layout stays (another writer saved it);
            // else this one replaces every older one, and one of another layout at this position.
            if (snapshots.TryGetValue(position, out var saved) && saved.Format == format) return;
            foreach (var older in snapshots.Keys.Where(p => p <= position).ToList()) snapshots.Remove(older);
            snapshots[position] = (hash, format, copy.ToArray());
        }
    }

    public T? ReadSnapshot<T>(int format, Func<long, string, Stream, T?> read) where T : class
    {
        long position;
        (string Hash, int Format, byte[] Content) snapshot;
        lock (data)
        {
            // The newest of this layout whose position holds the entry it was folded to: one of another chain is never read.
            (position, snapshot) = snapshots.Reverse()
                .FirstOrDefault(s => s.Value.Format == format && s.Key >= 1 && s.Key <= entries.Count && entries[(int)(s.Key - 1)].Hash == s.Value.Hash);
        }
        if (snapshot.Content is null) return null;
        using var stream = new MemoryStream(snapshot.Content, writable: false);
        return read(position, snapshot.Hash, stream);
    }

    public (IReadOnlyList<LedgerEvent> Appended, T Result) Write<T>(long knownHead, Func<IReadOnlyList<LedgerEvent>, (IReadOnlyList<NewEvent> Append, T Result)> decide)
    {
        lock (writer)
        {
            var head = Head;
            var (append, result) = decide(Range(knownHead, head));
            if (append.Count == 0) return ([], result);
            // As the SQL stores, which look for the known head's hash only when they append after it.
            if (knownHead > head)
                throw new InvalidOperationException($"The store {Description} has no entry at position {knownHead}, which the writer has already read (its head is {head}).");

            var previous = head == 0 ? LedgerEvent.Genesis : At(head)!.Hash;
            var appended = new List<LedgerEvent>(append.Count);
            var batchKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in append)
            {
                ArgumentNullException.ThrowIfNull(entry.Type);
                ArgumentNullException.ThrowIfNull(entry.RecordedBy);
                ArgumentNullException.ThrowIfNull(entry.Payload);
                if (entry.IdempotencyKey is { } key && (!batchKeys.Add(key) || HasKey(key)))
                    throw new InvalidOperationException($"The idempotency key '{key}' is already taken: nothing of this write was appended.");
                var position = head + appended.Count + 1;
                var hash = LedgerEvent.ComputeHash(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, previous);
                appended.Add(new LedgerEvent(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, previous, hash));
                previous = hash;
            }
            lock (data)
            {
                entries.AddRange(appended);
                keys.UnionWith(batchKeys);
            }
            return (appended, result);
        }
    }

    private bool HasKey(string key)
    {
        lock (data) return keys.Contains(key);
    }

    /// <summary>Nothing to release: the entries stay for whoever else holds the store, as a database's stay after one connection closes.</summary>
    public void Dispose() { }
}
