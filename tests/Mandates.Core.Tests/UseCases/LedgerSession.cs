using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.UseCases;
using Mandates.Core.Tests.Ledger;
using NodaTime;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// A session of the ledger's use cases without a host: a store in memory, filled on first use with the small
/// law (<see cref="SmallLaw"/>: TST, a ceiling of 3, a rotation clause of 1 more for 5 days) as the bundled
/// record, the clerk as caller, and a clock that moves on a second at each reading.
/// </summary>
internal static class LedgerSession
{
    /// <summary>A new session over <paramref name="store"/> (a new empty one if none): each use case run gets
    /// one, as each command does.</summary>
    public static Session On(MemoryEventStore store, IClock? clock = null)
    {
        var caller = new Caller(clock ?? SmallLaw.Clock(), () => "clerk");
        var session = new StoreSession(new Opener(store), IProgressDisplay.None, LedgerSnapshot.SaveAfter, _ => { });
        return new Session(caller, session, new LawSource(session, caller, new Folders(), null, _ => { }));
    }

    private sealed class Opener(MemoryEventStore store) : IStoreOpener
    {
        public IEventStore Open(bool mustExist) => store;
        public bool IsAbsent(Exception failure) => false;
        public string Explain(Exception failure) => failure.Message;
    }

    /// <summary>The small law stands for the bundled record: no folder is read from disk.</summary>
    private sealed class Folders : IRecordFolders
    {
        public IReadOnlyList<RecordFile> Read(string folder, string field) => SmallLaw.Files();
        public string BundledFolder => "small-law";
    }
}
