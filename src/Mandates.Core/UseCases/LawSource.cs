using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.UseCases;

/// <summary>
/// The law a use case reasons with: the record the store holds (filled from the bundled record on first
/// use, changed by import and by recorded decisions), or a record folder read as it is, to try a law before
/// importing it. Read once, and its rules built once.
/// </summary>
/// <param name="store">The store whose record this is.</param>
/// <param name="caller">Who fills a new store with the bundled record.</param>
/// <param name="folders">Reads record folders.</param>
/// <param name="folder">A record folder read instead of the store's record, and the field that named it; null for the
/// store's.</param>
/// <param name="note">Where the law's source says what a caller should know (a new store was filled).</param>
public sealed class LawSource(StoreSession store, Caller caller, IRecordFolders folders,
    (string Folder, string Field)? folder, Action<FormattableString> note)
{
    private LegalRecord? record;
    private Authoriser? authoriser;
    private (LegalRecord Record, IReadOnlyList<RecordFile> Files)? bundled;
    private (string Operation, LegalRecord Record, Authoriser Authoriser)? part;

    /// <summary>
    /// The record folder read instead of the store's record, and the field that named it; null for the store's.
    /// </summary>
    public (string Folder, string Field)? Folder => folder;

    /// <summary>Reads and writes record folders: for the use cases that import or export one.</summary>
    public IRecordFolders Folders => folders;

    /// <summary>
    /// The law: the record in the store (filled from the bundled record on first use), or the record folder
    /// read as it is. A store not created yet is not created here: the law is then the bundled record, which
    /// fills the store when a use case, its input checked against that law, first opens it.
    /// </summary>
    public LegalRecord Record()
    {
        if (record is not null) return record;
        if (folder is var (path, field)) return record = LoadFolder(folders, path, field).Record;
        if (!store.Exists())
        {
            // Filling a new store is a write attributed to the caller: one who cannot be named is refused now.
            if (caller.UserProblem() is not null) store.Store(caller);
            store.WhenCreated = FillWithBundled;
            return record = Bundled().Record;
        }
        if (store.State(caller).RecordFiles.Count == 0) FillWithBundled();
        return record = Stored(store.State(caller), $"the record in the store {store.Store(caller).Description}");
    }

    /// <summary>
    /// The law for a question about one operation, and its rules. Where that is the store's record, only the files the
    /// question needs are parsed (the legal acts, the calendar and the operation's own file, see
    /// <see cref="OperationFiles.Part"/>), so that an answer does not slow down as the record grows: parsing is most
    /// of
    /// a short command's work. The store's record loaded whole when it was imported or recorded. Anything else — a
    /// record folder (checked whole as it is read), a store not created yet, an operation no one file names, a part
    /// that does not load — reads the whole record, as <see cref="Record"/>, and answers or fails as it does.
    /// </summary>
    public (LegalRecord Record, Authoriser Authoriser) For(string operation)
    {
        if (part is { } known && string.Equals(known.Operation, operation, StringComparison.OrdinalIgnoreCase))
            return (known.Record, known.Authoriser);
        if (record is null && folder is null && store.Exists() && store.State(caller).RecordFiles.Count > 0
            && OperationFiles.Part(StoredFiles(), operation) is { } files
            && RecordLoader.Load(files).Record is { } loaded && loaded.FindOperation(operation) is not null)
        {
            part = (operation, loaded, new Authoriser(loaded));
            return (loaded, part.Value.Authoriser);
        }
        return (Record(), Authoriser());
    }

    /// <summary>
    /// Whether the law was read for a store not created yet, which <see cref="Session.Finish"/> creates and fills.
    /// </summary>
    public bool FillPending => folder is null && record is not null && !store.IsOpen;

    private (LegalRecord Record, IReadOnlyList<RecordFile> Files) Bundled() =>
        bundled ??= LoadFolder(folders, folders.BundledFolder, "bundled record");

    private void FillWithBundled()
    {
        var recorded = Import(Bundled().Files);
        // Said aloud, for a mistyped store location silently starts a ledger of its own.
        if (recorded.Count > 0 && recorded[0].Position == 1)
            note(Problem.Join($"{store.Store(caller).Description} was a new store; it now holds the bundled record ",
                $"(positions 1 to {recorded[^1].Position}). ",
                $"If you meant an existing store, check {Problem.Named("db")}."));
    }

    /// <summary>
    /// The rules over the record, built once: building cuts every operation's history where the law changes.
    /// </summary>
    public Authoriser Authoriser() => authoriser ??= new Authoriser(Record());

    /// <summary>
    /// Answers from rules a long-running host built once from the store's record (see <see cref="SharedLedger"/>),
    /// instead of reading the record files again for every request.
    /// </summary>
    public LawSource Using(Authoriser built)
    {
        (record, authoriser) = (built.Record, built);
        return this;
    }

    /// <summary>
    /// Drops the record read so far: the next <see cref="Record"/> reads it from the ledger as it now stands.
    /// </summary>
    public void Forget() => (record, authoriser, part) = (null, null, null);

    /// <summary>
    /// The law as the store held it at an instant: the record files in <paramref name="asRecorded"/>, the ledger as it
    /// stood then.
    /// </summary>
    public LegalRecord RecordAsRecordedAt(LedgerState asRecorded, Instant instant) =>
        Stored(asRecorded, $"the record in the store {store.Store(caller).Description} as recorded at "
            + $"{InstantPattern.ExtendedIso.Format(instant)}");

    /// <summary>
    /// The law of a state of the ledger (a write that finds the record changed meanwhile reads it again), or null for a
    /// record folder.
    /// </summary>
    public Func<LedgerState, Authoriser>? LawOfState => folder is null
        ? state => new Authoriser(Stored(state, $"the record in the store {store.Store(caller).Description}"))
        : null;

    /// <summary>
    /// The record files the law is read from, as they are, whether or not they load together, and words naming them:
    /// the record folder's; else the store's; for a store not created yet the bundled record's (the store is not
    /// created: reading files is no use of the law that fills it).
    /// </summary>
    public (IReadOnlyList<RecordFile> Files, string Named) Files()
    {
        if (folder is var (path, field)) return (folders.Read(path, field), $"the record in '{path}'");
        if (store.Exists() && StoredFiles() is { Count: > 0 } stored)
            return (stored, $"the record in the store {store.Description}");
        return (folders.Read(folders.BundledFolder, "bundled record"), "the bundled record");
    }

    /// <summary>The record files the store holds, as they are, whether or not they load together.</summary>
    public IReadOnlyList<RecordFile> StoredFiles() => RecordEvents.Files(store.State(caller));

    /// <summary>
    /// Brings the store's record up to <paramref name="files"/> (see <see cref="RecordEvents.Import"/>), recorded now
    /// by the caller.
    /// </summary>
    public IReadOnlyList<LedgerEvent> Import(IReadOnlyList<RecordFile> files, long? basedOn = null,
        RecordKey? key = null) =>
        RecordEvents.Import(
            store.Store(caller), store.State(caller), files, caller.Today, caller.Now, caller.User, basedOn, key);

    /// <summary>
    /// What a write made under <paramref name="key"/> appended before, if one was (see <see
    /// cref="RecordKeys.Replay"/>).
    /// </summary>
    public (IReadOnlyList<LedgerEvent> Entries, KeyedRequest First)? Replay(RecordKey? key) =>
        key is null ? null : RecordKeys.Replay(store.Store(caller), store.State(caller), key);

    /// <summary>
    /// The record files a state of the ledger holds, loaded; one that does not load stops the use case, <paramref
    /// name="what"/> naming it with every problem.
    /// </summary>
    public static LegalRecord Stored(LedgerState state, string what)
    {
        var result = RecordLoader.Load(RecordEvents.Files(state));
        if (!result.Succeeded)
            throw new ProblemException(Problem.General(
                Problem.Join(
                    $"{what} does not load:",
                    $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Errors)}")));
        return result.Record!;
    }

    /// <summary>
    /// Stops a change to the store's record that would leave a question no rule can answer: two mandates
    /// of an operation beginning consent on the same day. A tie the record already held is not this change's doing.
    /// </summary>
    public static void RefuseNewTies(LegalRecord? before, LegalRecord after, string what)
    {
        var ties = Chain.Ties(after).Except(before is null ? [] : Chain.Ties(before)).ToList();
        if (ties.Count > 0)
            throw new ProblemException(Problem.General(
                Problem.Join($"{what} would leave the record unable to say which mandate governs; nothing was written:",
                    $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", ties)}{Environment.NewLine}",
                    $"Expected one consent to begin on a day: check the dates, ",
                    $"or record the later mandate's own start ",
                    $"(the day it replaces the other).")));
    }

    /// <summary>
    /// Loads a record folder, or stops the use case with every problem in it named. Returns the record and its files as
    /// the store keeps them.
    /// </summary>
    public static (LegalRecord Record, IReadOnlyList<RecordFile> Files) LoadFolder(
        IRecordFolders folders, string path, string field)
    {
        return LoadFiles(folders.Read(path, field), path);
    }

    /// <summary>
    /// Loads a record folder's files as a host read them (an upload), or stops the use case with every problem in them
    /// named, <paramref name="path"/> naming the folder. Returns the record and its files as the store keeps them.
    /// With <paramref name="fileAsField"/> (files a client sent, which it names by their paths), the problem's field
    /// is the first file with a problem, and its value the value there.
    /// </summary>
    public static (LegalRecord Record, IReadOnlyList<RecordFile> Files) LoadFiles(IReadOnlyList<RecordFile> files,
        string path, bool fileAsField = false)
    {
        var result = RecordLoader.Load(files);
        if (!result.Succeeded)
        {
            var detail = Problem.Join(
                $"the record in '{path}' has {result.Errors.Count} ",
                $"problem{(result.Errors.Count == 1 ? "" : "s")}; nothing was loaded:",
                $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Errors)}");
            var first = result.Errors[0];
            throw new ProblemException(fileAsField ? Problem.Saying(first.File, first.Value, detail)
                : Problem.General(detail));
        }
        return (result.Record!, RecordWriter.Write(result.Record!));
    }
}
