namespace Mandates.Core.Ledger;

/// <summary>
/// The append-only ledger as stored: entries in position order, never updated or deleted. Core owns
/// this contract; Mandates.Storage implements it on SQLite and on PostgreSQL, and one contract test
/// suite holds both to it.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages: a file path or a server without its password.</summary>
    string Description { get; }

    /// <summary>The position of the newest entry; 0 for an empty store.</summary>
    long Head { get; }

    /// <summary>The entries after <paramref name="position"/>, oldest first.</summary>
    IEnumerable<LedgerEvent> ReadAfter(long position);

    /// <summary>
    /// The entries after <paramref name="after"/> up to <paramref name="through"/> (inclusive) about one
    /// operation and of the given types, oldest first: chosen by the database, so a long stretch of the
    /// ledger costs a scan there, not an entry read for each of its rows.
    /// </summary>
    IEnumerable<LedgerEvent> ReadAbout(string operation, IReadOnlyList<string> types, long after, long through);

    /// <summary>The entry at a position, or null if there is none.</summary>
    LedgerEvent? At(long position);

    /// <summary>
    /// Saves a snapshot of the state folded up to <paramref name="position"/> (whose entry has hash
    /// <paramref name="hash"/>), in layout <paramref name="format"/>, as the store's newest; older ones are
    /// dropped. Snapshots are derived data beside the ledger, not part of it.
    /// </summary>
    void SaveSnapshot(long position, string hash, int format, Stream content);

    /// <summary>
    /// Reads the newest snapshot of layout <paramref name="format"/> whose position and hash match the
    /// store's entry there (one that does not is ignored), or returns null if there is none.
    /// <paramref name="read"/> gets its position, hash and content.
    /// </summary>
    T? ReadSnapshot<T>(int format, Func<long, string, Stream, T?> read) where T : class;

    /// <summary>
    /// One all-or-nothing write that excludes every other writer (in this process and in others):
    /// <paramref name="decide"/> gets the entries committed since <paramref name="knownHead"/> (so the
    /// caller's state can catch up), and returns the entries to append, which get the next gapless
    /// positions and chained hashes, and a result. Nothing is written if it returns none or throws.
    /// Returns the entries as appended, and the result.
    /// </summary>
    (IReadOnlyList<LedgerEvent> Appended, T Result) Write<T>(long knownHead, Func<IReadOnlyList<LedgerEvent>, (IReadOnlyList<NewEvent> Append, T Result)> decide);
}

/// <summary>What a writer beside <see cref="TourLedger"/> (an import, the generator) does around <see cref="IEventStore.Write"/>.</summary>
public static class LedgerAppend
{
    /// <summary>
    /// Appends the entries <paramref name="entries"/> gives, in one exclusive write, after catching
    /// <paramref name="state"/> up with what others committed (so they are decided on all of it); then
    /// folds what it appended into the state.
    /// </summary>
    public static IReadOnlyList<LedgerEvent> Append(this IEventStore store, LedgerState state, Func<IReadOnlyList<NewEvent>> entries)
    {
        var (appended, _) = store.Write(state.Head, committed =>
        {
            foreach (var e in committed) state.Apply(e);
            return (entries(), 0);
        });
        foreach (var e in appended) state.Apply(e);
        return appended;
    }

    /// <summary>
    /// As <see cref="Append"/>, for entries planned on <paramref name="state"/> as it stands (generated
    /// history): appends them only if nobody appended since, for another writer's tour would count against
    /// the same ceilings and persons unseen. Otherwise appends nothing and throws <see cref="LedgerMovedException"/>.
    /// </summary>
    public static IReadOnlyList<LedgerEvent> AppendPlanned(this IEventStore store, LedgerState state, Func<IReadOnlyList<NewEvent>> entries)
    {
        var planned = state.Head;
        return store.Append(state, () => state.Head == planned ? entries() : throw new LedgerMovedException(planned, state.Head));
    }
}

/// <summary>Entries were planned on the ledger up to <see cref="PlannedAt"/>, but others appended up to <see cref="Head"/> meanwhile.</summary>
public sealed class LedgerMovedException(long plannedAt, long head)
    : Exception($"Another writer appended positions {plannedAt + 1} to {head} after the entries were planned on the ledger up to position {plannedAt}.")
{
    public long PlannedAt { get; } = plannedAt;
    public long Head { get; } = head;
}
