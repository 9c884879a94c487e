using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// The ledger state folded up to a position, saved in the store so that opening a store of ten
/// million entries reads one snapshot and folds only what came after it, instead of every entry.
/// A snapshot is derived data, never the record: it names the position and hash it was folded to (an
/// open ignores one that does not match the store's entry there), and <c>mandates verify</c> folds
/// the log afresh and checks the snapshot against it byte for byte.
/// </summary>
public static class LedgerSnapshot
{
    /// <summary>
    /// The layout written; a store's snapshots of another layout are ignored (and replaced in time). 2: with the
    /// first entry recorded out of order; 3: with the user entries and the writes they did not permit.
    /// </summary>
    public const int Format = 3;

    /// <summary>An open that folds this many entries after the newest snapshot saves a new one.</summary>
    public const int SaveAfter = 50_000;

    private const string Magic = "mandates-ledger-snapshot";

    /// <summary>
    /// The state of every entry in the store: its newest snapshot, if any matches the store, and the
    /// entries after it, folded. Saves a new snapshot when it had to fold at least <paramref name="saveAfter"/> entries.
    /// </summary>
    public static LedgerState Open(IEventStore store, int saveAfter = SaveAfter) => Prepare(store, saveAfter).Fold(null);

    /// <summary>
    /// An open in two steps, so that a caller can show the progress of a long one: reads the newest
    /// snapshot and says how many entries are left to fold after it; <c>Fold</c> folds them (telling
    /// <c>progress</c> the share done, from 0 to 1) and returns the state, as <see cref="Open"/> does.
    /// </summary>
    public static (long ToFold, Func<Action<double>?, LedgerState> Fold) Prepare(IEventStore store, int saveAfter = SaveAfter)
    {
        var state = store.ReadSnapshot(Format, (_, _, content) => Read(content)) ?? new LedgerState();
        var toFold = store.Head - state.Head;
        return (toFold, progress =>
        {
            if (FoldAfter(store, state, toFold, progress, recordedBy: null) >= saveAfter) Save(store, state);
            return state;
        });
    }

    /// <summary>
    /// The ledger as it stood at an instant, in two steps as <see cref="Prepare"/>: the entries recorded
    /// up to the instant, folded. Entries are recorded in position order, so they are a prefix of the
    /// ledger: <paramref name="current"/> (the state of every entry) itself if nothing was recorded after
    /// the instant; else a fold from the newest snapshot if all of it was recorded by then (a question
    /// about a recent instant folds only what came after it), else from the first entry.
    /// <para>
    /// A store with an entry recorded before the one ahead of it (<see cref="LedgerState.FirstRecordedOutOfOrder"/>;
    /// one generated before entries were recorded when appended) has no such shortcut: the fold starts
    /// from the first entry and stops at the first entry recorded after the instant, as "as recorded at"
    /// always has.
    /// </para>
    /// </summary>
    public static (long ToFold, Func<Action<double>?, LedgerState> Fold) PrepareAsRecordedAt(IEventStore store, Instant instant, LedgerState current)
    {
        var inOrder = current.FirstRecordedOutOfOrder is null;
        if (inOrder && instant >= current.LastRecordedAt) return (0, _ => current);
        var state = (inOrder ? store.ReadSnapshot(Format, (position, _, content) =>
            store.At(position) is { } newest && newest.RecordedAt <= instant ? Read(content) : null) : null) ?? new LedgerState();
        var toFold = (inOrder ? LastRecordedBy(store, state.Head, instant) : store.Head) - state.Head;
        return (toFold, progress =>
        {
            FoldAfter(store, state, toFold, progress, recordedBy: instant);
            return state;
        });
    }

    /// <summary>The last position recorded at or before the instant (or <paramref name="known"/>, known to be), found by halving.</summary>
    private static long LastRecordedBy(IEventStore store, long known, Instant instant)
    {
        var (low, high) = (known, store.Head);
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (store.At(middle) is { } e && e.RecordedAt <= instant) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>Folds the entries after the state's head (up to the last recorded by an instant, if given), telling <paramref name="progress"/> the share done; returns how many.</summary>
    private static long FoldAfter(IEventStore store, LedgerState state, long toFold, Action<double>? progress, Instant? recordedBy)
    {
        var (folded, every) = (0L, Math.Max(1, toFold / 100));
        foreach (var e in store.ReadAfter(state.Head))
        {
            if (e.RecordedAt > recordedBy) break;
            state.Apply(e);
            if (++folded % every == 0) progress?.Invoke(Math.Min(1.0, (double)folded / toFold));
        }
        return folded;
    }

    /// <summary>Saves the state as the store's newest snapshot.</summary>
    public static void Save(IEventStore store, LedgerState state)
    {
        using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        Write(state, file);
        file.Position = 0;
        store.SaveSnapshot(state.Head, state.HeadHash, Format, file);
    }

    /// <summary>A copy of the state that later entries folded into the original do not change.</summary>
    public static LedgerState Copy(LedgerState state)
    {
        using var bytes = new MemoryStream();
        Write(state, bytes);
        bytes.Position = 0;
        return Read(bytes)!;
    }

    /// <summary>The store's newest snapshot, as far as checking it goes: its position and the SHA-256 of its content.</summary>
    public sealed record Saved(long Position, byte[] Sha256);

    /// <summary>The store's newest snapshot (of this layout, of this store's chain), or null if it has none.</summary>
    public static Saved? Newest(IEventStore store) =>
        store.ReadSnapshot(Format, (position, _, content) => new Saved(position, SHA256.HashData(content)));

    /// <summary>Whether the snapshot is exactly <paramref name="folded"/>, the ledger's entries folded up to its position.</summary>
    public static bool Matches(Saved saved, LedgerState folded)
    {
        using var sha = new HashStream();
        Write(folded, sha);
        return folded.Head == saved.Position && sha.Hash().AsSpan().SequenceEqual(saved.Sha256);
    }

    /// <summary>
    /// Whether the store's newest snapshot is exactly the fold of the entries up to its position: null if
    /// the store has none, else the position and whether it matches.
    /// </summary>
    public static (long Position, bool Matches)? Check(IEventStore store, IEnumerable<LedgerEvent> entries) =>
        Newest(store) is { } saved ? (saved.Position, Matches(saved, LedgerState.Of(entries.TakeWhile(e => e.Position <= saved.Position)))) : null;

    /// <summary>Writes the state: a header, the name tables, the tour rows as they lie in memory, then the keyed and the record entries.</summary>
    public static void Write(LedgerState state, Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Format);
        w.Write(state.Head);
        w.Write(state.HeadHash);
        w.Write(state.LastRecordedAt.ToUnixTimeTicks());
        w.Write(state.FirstRecordedOutOfOrder ?? 0);
        foreach (var names in new[] { state.Operations, state.Tasks, state.Areas, state.Persons })
        {
            w.Write(names.Count);
            for (var i = 0; i < names.Count; i++) w.Write(names[i]);
        }
        w.Write(state.Rows.Count);
        w.Flush();
        foreach (var span in state.Rows.Spans()) stream.Write(MemoryMarshal.AsBytes(span.Span));
        foreach (var row in state.NewestTourOfPerson) w.Write(row);
        w.Write(state.LatestEntryOfTour.Count);
        foreach (var (tour, entry) in state.LatestEntryOfTour.OrderBy(p => p.Key)) { w.Write(tour); w.Write(entry); }
        w.Write(state.Keys.Count);
        foreach (var (key, position) in state.Keys.OrderBy(p => p.Value)) { w.Write(key); w.Write(position); }
        w.Write(state.RecordFiles.Count);
        foreach (var (path, (text, position)) in state.RecordFiles.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(path); w.Write(text); w.Write(position); }
        state.Users.Write(w);
        w.Write(state.Unpermitted.Count);
        foreach (var u in state.Unpermitted)
        {
            w.Write(u.Position); w.Write(u.RecordedAt.ToUnixTimeTicks()); w.Write(u.RecordedBy); w.Write(u.Type);
            w.Write((int)u.Act); w.Write(u.Why);
        }
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote, or null if it is of another layout, cut short or garbled:
    /// a snapshot is only a shortcut, so one that cannot be read is passed over and the entries folded.
    /// </summary>
    public static LedgerState? Read(Stream stream)
    {
        try
        {
            using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (r.ReadString() != Magic || r.ReadInt32() != Format) return null;
            var state = new LedgerState
            {
                Head = r.ReadInt64(),
                HeadHash = r.ReadString(),
                LastRecordedAt = Instant.FromUnixTimeTicks(r.ReadInt64()),
                FirstRecordedOutOfOrder = r.ReadInt64() is var outOfOrder and > 0 ? outOfOrder : null,
            };
            // Every count is at most the number of entries (each name and tour came with one): a garbled
            // count is caught here, before it asks for memory.
            int Count() => r.ReadInt32() is var n && n >= 0 && n <= state.Head ? n : throw new InvalidDataException($"A snapshot count of {n} for {state.Head} entries.");
            foreach (var names in new[] { state.Operations, state.Tasks, state.Areas, state.Persons })
                names.Read(Count(), r.ReadString);
            var rows = Count();
            foreach (var chunk in state.Rows.Allocate(rows)) stream.ReadExactly(MemoryMarshal.AsBytes(chunk.Span));
            state.NewestTourOfPerson.Capacity = state.Persons.Count;
            for (var p = 0; p < state.Persons.Count; p++) state.NewestTourOfPerson.Add(r.ReadInt32());
            for (int i = 0, count = Count(); i < count; i++) state.LatestEntryOfTour[r.ReadInt64()] = r.ReadInt64();
            for (int i = 0, count = Count(); i < count; i++) state.Keys[r.ReadString()] = r.ReadInt64();
            for (int i = 0, count = Count(); i < count; i++) state.RecordFile(r.ReadString(), r.ReadString(), r.ReadInt64());
            state.Users.Read(r, Count());
            for (int i = 0, count = Count(); i < count; i++)
                state.unpermitted.Add(new Access.UnpermittedWrite(r.ReadInt64(), Instant.FromUnixTimeTicks(r.ReadInt64()),
                    r.ReadString(), r.ReadString(), (Access.Act)r.ReadInt32(), r.ReadString()));
            state.RebuildStrength();
            return state;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException
            or OverflowException or IndexOutOfRangeException or FormatException or DamagedEntryException)
        {
            return null;
        }
    }

    /// <summary>A write-only stream that only hashes what is written: to compare a fold with a saved snapshot without holding either.</summary>
    private sealed class HashStream : Stream
    {
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        public byte[] Hash() => sha.GetHashAndReset();
        public override void Write(byte[] buffer, int offset, int count) => sha.AppendData(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => sha.AppendData(buffer);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) sha.Dispose(); base.Dispose(disposing); }
    }
}
