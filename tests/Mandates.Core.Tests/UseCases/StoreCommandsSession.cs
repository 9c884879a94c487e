using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// A <see cref="Session"/> without a host or a database, for the use cases that read, write and check a whole
/// store: a ledger in memory, filled on first use with the small law (<see cref="SmallLaw"/>), and record
/// folders in memory that import reads and export writes.
/// </summary>
internal sealed class StoreCommandsSession
{
    public MemoryEventStore Store { get; } = new();

    /// <summary>The record folders, by name: "bundled" is the small law with a ceiling of 3.</summary>
    public Folders RecordFolders { get; } = new();

    /// <summary>How many times a use case opened the store: none, for one refused as bad input.</summary>
    public int Opened => opener.Opened;

    private readonly Opener opener;

    public StoreCommandsSession() => opener = new Opener(Store);

    /// <summary>
    /// A session as one command or request makes it, the clock stopped at <paramref name="now"/> (SmallLaw's start
    /// by default).
    /// </summary>
    /// <param name="now">The clock's reading; SmallLaw's start by default.</param>
    /// <param name="snapshotAfter">How many entries an open folds (or generate appends) before a snapshot.</param>
    /// <param name="folder">A record folder read instead of the store's record, and the field that named it.</param>
    public Session Open(Instant? now = null, int snapshotAfter = LedgerSnapshot.SaveAfter,
        (string Folder, string Field)? folder = null)
    {
        var caller = new Caller(new NodaTime.Testing.FakeClock(now ?? SmallLaw.Start), () => "tester");
        var store = new StoreSession(opener, IProgressDisplay.None, snapshotAfter, _ => { });
        return new Session(caller, store, new LawSource(store, caller, RecordFolders, folder, _ => { }));
    }

    private sealed class Opener(MemoryEventStore store) : IStoreOpener
    {
        public int Opened { get; private set; }

        public IEventStore Open(bool mustExist)
        {
            Opened++;
            return store;
        }

        public bool IsAbsent(Exception failure) => false;

        public string Explain(Exception failure) => failure.Message;
    }

    /// <summary>Record folders in memory: read by name, written once each.</summary>
    public sealed class Folders : IRecordFolders
    {
        public Dictionary<string, IReadOnlyList<RecordFile>> Held { get; } = new() { ["bundled"] = SmallLaw.Files() };

        public string BundledFolder => "bundled";

        public IReadOnlyList<RecordFile> Read(string folder, string field) =>
            Held.TryGetValue(folder, out var files) ? files
                : throw new ProblemException(Problem.Saying(field, folder, $"'{folder}' does not exist."));

        public void RefuseNotNew(string folder, string field)
        {
            if (Held.ContainsKey(folder))
                throw new ProblemException(Problem.Saying(field, folder, $"'{folder}' is not a new or empty folder."));
        }

        public string WriteNew(string folder, string field, IReadOnlyList<RecordFile> files)
        {
            RefuseNotNew(folder, field);
            Held[folder] = files;
            return "/" + folder;
        }
    }
}
