using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// A <see cref="Session"/> without a host or a database: a ledger in memory, filled on first use with the
/// bundled record, as a new store is; the clock stopped at the instant given.
/// </summary>
internal static class DeadlinesSession
{
    public static Session Over(Instant now)
    {
        var caller = new Caller(new FakeClock(now), () => "tester");
        var store = new StoreSession(new Opener(new MemoryEventStore()), IProgressDisplay.None,
            LedgerSnapshot.SaveAfter, _ => { });
        return new Session(caller, store, new LawSource(store, caller, new BundledFolders(), null, _ => { }));
    }

    private sealed class Opener(MemoryEventStore store) : IStoreOpener
    {
        public IEventStore Open(bool mustExist) => store;
        public bool IsAbsent(Exception failure) => false;
        public string Explain(Exception failure) => failure.Message;
    }

    /// <summary>Only the bundled record, read from the copy beside the tests.</summary>
    private sealed class BundledFolders : IRecordFolders
    {
        public string BundledFolder => "bundled";
        public IReadOnlyList<RecordFile> Read(string folder, string field) => BundledRecord.Files();
    }
}
