using Mandates.Core.Records;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// The law in the ledger: each file of the record (a legal act, an operation with its mandates, the
/// sitting calendar) is an entry holding its text as <see cref="RecordWriter"/> writes it. Importing
/// a changed file appends a new entry that supersedes the old one; an unchanged file appends nothing.
/// So the store knows the law as it was recorded at any instant, and a re-import changes nothing.
/// </summary>
public static class RecordEvents
{
    public const string FileRecorded = "record-file";

    /// <param name="Request">On the first entry of a write made under an idempotency key: its request (see
    /// <see cref="RecordKey"/>); null otherwise.</param>
    public sealed record FilePayload(string Path, string Text, long? Supersedes, KeyedRequest? Request = null);

    /// <summary>
    /// The entries that bring the ledger's record up to <paramref name="files"/>: one per file that is new
    /// or whose text differs from the ledger's latest. Files the ledger has and the import lacks stay as they are.
    /// </summary>
    public static IReadOnlyList<NewEvent> Changes(LedgerState state, IReadOnlyList<RecordFile> files, LocalDate today, Instant now, string user) =>
        files
            .Where(f => !state.RecordFiles.TryGetValue(f.Path, out var current) || current.Text != f.Text)
            .Select(f => new NewEvent(FileRecorded, null, today, now, user, null,
                LedgerPayload.Write(new FilePayload(f.Path, f.Text, state.RecordFiles.TryGetValue(f.Path, out var old) ? old.Position : null))))
            .ToList();

    /// <summary>
    /// Brings the store's record up to <paramref name="files"/> in one exclusive write, after catching
    /// <paramref name="state"/> up with what others committed; folds what it appended into the state.
    /// A second import of the same files appends nothing.
    /// </summary>
    /// <remarks>
    /// <paramref name="basedOn"/>, for files derived from the law as the ledger held it (a recorded
    /// decision), is the position of the newest record file then (<see cref="LedgerState.RecordChangedAt"/>).
    /// If another writer recorded a file since, nothing is appended and <see cref="LawChangedException"/>
    /// says so: the change must be made again on the law as it now stands, or the other writer's decision
    /// would be silently undone.
    /// <para><paramref name="key"/>, for a write a client names (see <see cref="RecordKey"/>), goes on the first entry
    /// appended; if another writer committed an entry under it meanwhile, nothing is appended and
    /// <see cref="KeyTakenException"/> says so (the caller asks <see cref="RecordKeys.Replay"/> again).</para>
    /// </remarks>
    public static IReadOnlyList<LedgerEvent> Import(IEventStore store, LedgerState state,
        IReadOnlyList<RecordFile> files, LocalDate today, Instant now, string user, long? basedOn = null,
        RecordKey? key = null) =>
        store.Append(state, () => key is not null && state.PositionOfKey(key.Key) is not null
            ? throw new KeyTakenException(key.Key)
            : basedOn is { } law && state.RecordChangedAt != law
            ? throw new LawChangedException(law, state.RecordChangedAt)
            : RecordKeys.Keyed(
                Permitted(state, Changes(state, files, today, state.RecordingInstant(now), user), user), key));

    /// <summary>
    /// The entries, if <paramref name="user"/> may record each file as the ledger stands inside the exclusive write
    /// (see <see cref="Access.WriteActs.OfFile"/>); else throws <see cref="Access.NotPermittedException"/>.
    /// </summary>
    private static IReadOnlyList<NewEvent> Permitted(LedgerState state, IReadOnlyList<NewEvent> entries, string user)
    {
        if (!state.Users.Closed) return entries;
        foreach (var e in entries)
        {
            var acts = Access.WriteActs.OfFile(LedgerPayload.Read<FilePayload>(e.Payload).Path);
            if (acts.All(act => state.Users.WhyNot(user, act) is not null))
                throw new Access.NotPermittedException(user, acts[0],
                    state.Users.WhyNot(user, acts[0]) + "; nothing was written.");
        }
        return entries;
    }

    /// <summary>The record as the ledger holds it now, as files the loader reads.</summary>
    public static IReadOnlyList<RecordFile> Files(LedgerState state) =>
        state.RecordFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new RecordFile(f.Key, f.Value.Text)).ToList();
}

/// <summary>A change was made to the law as recorded up to <see cref="BasedOn"/>, but another writer recorded a newer file (<see cref="Now"/>) before it was written.</summary>
public sealed class LawChangedException(long basedOn, long now)
    : Exception($"The record was changed at ledger position {now} after the change was made to it as recorded up to position {basedOn}.")
{
    public long BasedOn { get; } = basedOn;
    public long Now { get; } = now;
}
