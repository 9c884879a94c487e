using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// Sessions for use-case tests, without a command line, as a host makes them (each session one command or
/// request; several over the same store stand for several clerks): over a store an <see cref="IStoreOpener"/>
/// opens (in memory in the Core tests; SQLite and PostgreSQL in the storage tests), filled on first use with
/// a law (the bundled record or <see cref="SmallLaw"/>), the caller a clerk at a fixed instant, every note
/// kept to be read, and record folders in memory that import reads and export writes.
/// </summary>
public sealed class Sessions
{
    /// <summary>1 July 2025, 09:00 UTC: the instant a session is at unless told otherwise (SmallLaw's
    /// start).</summary>
    public static readonly Instant Now = Instant.FromUtc(2025, 7, 1, 9, 0);

    private readonly Opener opener;

    /// <summary>Sessions over the store <paramref name="store"/> opens, filled on first use with
    /// <paramref name="law"/>'s files (the bundled record if none).</summary>
    public Sessions(IStoreOpener store, IReadOnlyList<RecordFile>? law = null)
    {
        opener = new Opener(store);
        Folders = new RecordFolders(law ?? BundledRecord.Files());
    }

    /// <summary>The instant each session's clock starts at.</summary>
    public Instant At { get; init; } = Now;

    /// <summary>How far the clock moves on at each reading: none by default.</summary>
    public Duration Tick { get; init; } = Duration.Zero;

    /// <summary>Who records.</summary>
    public string User { get; init; } = "clerk";

    /// <summary>How many entries an open folds (or generate appends) before a snapshot, by default.</summary>
    public int SnapshotAfter { get; init; } = LedgerSnapshot.SaveAfter;

    /// <summary>What the sessions noted for the caller.</summary>
    public List<string> Notes { get; init; } = [];

    /// <summary>The record folders, by name: "bundled" is the law the store is filled with.</summary>
    public RecordFolders Folders { get; }

    /// <summary>How many times a use case opened the store: none, for one refused as bad input.</summary>
    public int Opened => opener.Opened;

    /// <summary>The store's head, read as another process would (it must exist).</summary>
    public long Head => Read(store => store.Head);

    /// <summary>The store's entry at <paramref name="position"/>, read as another process would.</summary>
    public LedgerEvent? Entry(long position) => Read(store => store.At(position));

    /// <summary>A new session on the store: the clock at <paramref name="now"/> (<see cref="At"/> by
    /// default).</summary>
    /// <param name="now">The clock's first reading.</param>
    /// <param name="snapshotAfter">How many entries an open folds (or generate appends) before a snapshot.</param>
    /// <param name="folder">A record folder read instead of the store's record, and the field that named it.</param>
    public Session Open(Instant? now = null, int? snapshotAfter = null, (string Folder, string Field)? folder = null)
    {
        var caller = new Caller(new FakeClock(now ?? At, Tick), () => Input.User("user", User));
        void Note(FormattableString note) => Notes.Add(Problem.Render(note, field => field));
        var store = new StoreSession(opener, IProgressDisplay.None, snapshotAfter ?? SnapshotAfter, Note);
        return new Session(caller, store, new LawSource(store, caller, Folders, folder, Note));
    }

    /// <summary>A session over <paramref name="opener"/> and the bundled record at <see cref="Now"/>;
    /// <paramref name="notes"/> receives what it says.</summary>
    public static Session Over(IStoreOpener opener, List<string>? notes = null, string user = "clerk") =>
        new Sessions(opener) { User = user, Notes = notes ?? [] }.Open();

    private T Read<T>(Func<IEventStore, T> read)
    {
        using var store = opener.Inner.Open(mustExist: true);
        return read(store);
    }

    /// <summary>The store's opener, counting the opens a use case makes.</summary>
    private sealed class Opener(IStoreOpener inner) : IStoreOpener
    {
        public IStoreOpener Inner => inner;

        public int Opened { get; private set; }

        public IEventStore Open(bool mustExist)
        {
            Opened++;
            return inner.Open(mustExist);
        }

        public bool IsAbsent(Exception failure) => inner.IsAbsent(failure);

        public string Explain(Exception failure) => inner.Explain(failure);
    }
}
