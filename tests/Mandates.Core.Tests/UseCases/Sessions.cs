using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// Sessions for use-case tests, without a command line: over a store an <see cref="IStoreOpener"/> opens
/// (in memory here; SQLite and PostgreSQL in the storage tests) and the bundled record, the caller a
/// clerk on 1 July 2025 (Berlin), every note the session makes kept to be read.
/// </summary>
public static class Sessions
{
    public static readonly Instant Now = Instant.FromUtc(2025, 7, 1, 9, 0);

    /// <summary>A session over <paramref name="opener"/>; <paramref name="notes"/> receives what it says.</summary>
    public static Session Over(IStoreOpener opener, List<string>? notes = null, string user = "clerk")
    {
        var caller = new Caller(new FakeClock(Now), () => Input.User("user", user));
        void Note(FormattableString note) => notes?.Add(Problem.Render(note, field => field));
        var store = new StoreSession(opener, IProgressDisplay.None, LedgerSnapshot.SaveAfter, Note);
        return new Session(caller, store, new LawSource(store, caller, new BundledFolders(), null, Note));
    }

    /// <summary>The bundled record, as the only record folder there is.</summary>
    private sealed class BundledFolders : IRecordFolders
    {
        public string BundledFolder => "bundled";

        public IReadOnlyList<RecordFile> Read(string folder, string field) => BundledRecord.Files();
    }
}

/// <summary>An in-memory store that does not exist until a session creates it, as a SQLite file on first use.</summary>
public sealed class MemoryStoreOpener : IStoreOpener
{
    private MemoryEventStore? store;

    /// <summary>The store, if a session created it.</summary>
    public IEventStore? Created => store;

    public IEventStore Open(bool mustExist) =>
        store ?? (mustExist ? throw new AbsentException() : store = new MemoryEventStore());

    public bool IsAbsent(Exception failure) => failure is AbsentException;

    public string Explain(Exception failure) => failure.Message;

    private sealed class AbsentException() : Exception("the in-memory store does not exist yet");
}
