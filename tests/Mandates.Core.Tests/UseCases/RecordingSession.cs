using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// Sessions over one store in memory, filled with the bundled record on first use, as a host would make
/// them: each session one command or request; several over the same store stand for several clerks.
/// </summary>
public sealed class RecordingSession
{
    /// <summary>3 January 2028 in Berlin: the decisions of 2026 and 2027 the tests record were taken.</summary>
    public static readonly Instant Now = Instant.FromUtc(2028, 1, 3, 9, 0);

    public MemoryEventStore Store { get; } = new();

    /// <summary>How often a session opened the store: bad input opens none.</summary>
    public int Opened { get; private set; }

    /// <summary>What the sessions noted for the caller.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>A new session on the store, at <paramref name="now"/> (default <see cref="Now"/>).</summary>
    /// <param name="folder">
    /// A record folder read instead of the store's record (the bundled one), and the field that named it.
    /// </param>
    public Session Open(Instant? now = null, (string Folder, string Field)? folder = null)
    {
        var caller = new Caller(new FakeClock(now ?? Now, Duration.FromSeconds(1)), () => "clerk");
        void Note(FormattableString note) => Notes.Add(note.ToString());
        var store = new StoreSession(new Opener(this), IProgressDisplay.None, int.MaxValue, Note);
        return new Session(caller, store, new LawSource(store, caller, new Bundled(), folder, Note));
    }


    /// <summary>A day, shorter.</summary>
    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    /// <summary>The problem a use case refused its request with.</summary>
    public static Problem Refused(Func<RecordResult> run) => Xunit.Assert.Throws<ProblemException>(run).Problem;

    private sealed class Opener(RecordingSession owner) : IStoreOpener
    {
        public IEventStore Open(bool mustExist)
        {
            owner.Opened++;
            return owner.Store;
        }

        public bool IsAbsent(Exception failure) => false;

        public string Explain(Exception failure) => failure.Message;
    }

    /// <summary>Every folder is the bundled record.</summary>
    private sealed class Bundled : IRecordFolders
    {
        public IReadOnlyList<RecordFile> Read(string folder, string field) => BundledRecord.Files();

        public string BundledFolder => BundledRecord.Folder;
    }
}
