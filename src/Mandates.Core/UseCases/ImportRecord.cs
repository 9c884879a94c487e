using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases.Users;

namespace Mandates.Core.UseCases;

/// <summary>"Bring the store's record up to this record folder."</summary>
/// <param name="Folder">The record folder: legal-acts/, operations/, sitting-calendar.yaml.</param>
public sealed record ImportRequest(string Folder)
{
    /// <summary>
    /// The folder's files as the host read them (an upload), or null to read <see cref="Folder"/> from disk; then
    /// <see cref="Folder"/> only names them in messages.
    /// </summary>
    public IReadOnlyList<RecordFile>? Files { get; init; }

    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>What the import recorded.</summary>
/// <param name="Appended">The entries recorded, one per changed file; none if the store held them all so.</param>
/// <param name="Paths">The changed files' paths, in the order recorded.</param>
/// <param name="Files">How many files the folder holds.</param>
/// <param name="Kept">Files the store holds and the folder lacks, kept: import never removes a file.</param>
/// <param name="Broken">The tours already recorded that the imported record leaves breaking the law.</param>
/// <param name="State">The ledger after the import.</param>
/// <param name="NewStore">Whether the store was new: it holds only this record now.</param>
public sealed record ImportResult(IReadOnlyList<LedgerEvent> Appended, IReadOnlyList<string> Paths, int Files,
    IReadOnlyList<string> Kept, BrokenTours Broken, LedgerState State, bool NewStore)
{
    /// <summary>
    /// Whether this answers an import made again under its idempotency key: nothing new was written,
    /// <see cref="Appended"/> are the entries the first import wrote, and <see cref="Broken"/> is not told again.
    /// </summary>
    public bool Replayed { get; init; }
}

/// <summary>
/// Brings the store's record up to a record folder (docs/architecture.md): a changed file is a new entry superseding
/// the old one, the same record again changes nothing, and a record with any problem is refused whole.
/// </summary>
public static class ImportRecord
{
    public static ImportResult Run(Session session, ImportRequest request)
    {
        // Checked before the store is opened: a new store's filling is a write attributed to the caller.
        _ = session.Caller.User;
        var named = request.Folder;
        var (imported, files) = request.Files is { } given ? LawSource.LoadFiles(given, named, fileAsField: true)
            : LawSource.LoadFolder(session.Law.Folders, named, "folder");
        // Import never removes a file: the law the store holds after it is its files with the folder's laid
        // over them, and that must hold together too (a renamed operation would otherwise sit beside its old file).
        Permission.Demand(session, Act.Import);
        var state = session.Store.State(session.Caller);
        if (session.Law.Replay(request.Key) is var (entries, _))
            return new ImportResult(entries, Paths(entries), files.Count, [], BrokenTours.None, state, false)
            {
                Replayed = true,
            };
        var storedFiles = session.Law.StoredFiles();
        var kept = storedFiles.Select(f => f.Path).Except(files.Select(f => f.Path))
            .Order(StringComparer.Ordinal).ToList();
        var merged = kept.Count == 0 ? null
            : RecordLoader.Load([.. storedFiles.Where(f => kept.Contains(f.Path)), .. files]);
        if (merged is { Succeeded: false })
            throw new ProblemException(Problem.General(Problem.Join(
                $"importing '{named}' would leave the store's record unable to load, for the store keeps ",
                $"{string.Join(", ", kept)}, which the folder lacks (import never removes a file); ",
                $"nothing was written:",
                $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", merged.Errors)}")));
        var after = merged?.Record ?? imported;
        // Compared with the record the store holds, if any and if it loads (a new store is not filled with the
        // bundled one first; and an import is how a record that no longer loads is repaired).
        var stored = RecordLoader.Load(storedFiles).Record;
        LawSource.RefuseNewTies(stored, after, $"importing '{named}'");
        IReadOnlyList<LedgerEvent> appended;
        try
        {
            appended = session.Law.Import(files, basedOn: state.RecordChangedAt, request.Key);
        }
        catch (KeyTakenException)
        {
            // Another server wrote under this key meanwhile: answer with its write, or refuse another request.
            return Run(session, request);
        }
        catch (LawChangedException changed)
        {
            throw new ProblemException(Problem.General(Problem.Join(
                $"the store's record changed while '{named}' was checked against it (at ledger position ",
                $"{changed.Now}); nothing was written. Run the command again.")));
        }
        var paths = Paths(appended);
        var broken = appended.Count == 0 ? BrokenTours.None : ToursNowBreakingTheLaw.Find(stored, after, state);
        return new ImportResult(appended, paths, files.Count, kept, broken, state,
            appended.Count > 0 && appended[0].Position == 1);
    }

    private static List<string> Paths(IReadOnlyList<LedgerEvent> entries) =>
        [.. entries.Select(e => LedgerPayload.Read<RecordEvents.FilePayload>(e).Path)];
}
