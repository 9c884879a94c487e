using Mandates.Core.Ledger;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// The store in memory keeps <see cref="IEventStore"/>'s contract as the SQL stores do (the contract suite in
/// Mandates.Storage.Tests holds those to it), so that the ledger tests on it show what they would on a database.
/// </summary>
public sealed class MemoryEventStoreTests
{
    private readonly MemoryEventStore store = new();

    private static NewEvent Note(int n, string? key = null, string? operation = "TST", string type = "note") =>
        new(type, operation, new LocalDate(2025, 7, n), SmallLaw.Start.Plus(Duration.FromMinutes(n)), "clerk", key, $"{{\"n\":{n}}}");

    private IReadOnlyList<LedgerEvent> Commit(long knownHead, params NewEvent[] entries) =>
        store.Write(knownHead, _ => ((IReadOnlyList<NewEvent>)entries, 0)).Appended;

    [Fact]
    public void Entries_get_the_next_positions_from_1_and_hashes_chained_from_the_genesis()
    {
        Assert.Equal(0, store.Head);
        Assert.Null(store.At(1));
        var first = Commit(0, Note(1), Note(2));
        var second = Commit(2, Note(3, key: "k"));
        Assert.Equal([1L, 2, 3], first.Concat(second).Select(e => e.Position));
        Assert.Equal(3, store.Head);
        Assert.Equal([.. first, .. second], store.ReadAfter(0));
        Assert.Equal(second, store.ReadAfter(2));
        Assert.Equal(first[1], store.At(2));
        Assert.Equal(LedgerEvent.Genesis, first[0].PreviousHash);
        var verified = ChainVerification.Verify(store.ReadAfter(0));
        Assert.True(verified.Intact);
        Assert.Equal(new Anchor(3, second[0].Hash), verified.Head);
        // Exactly what was asked to be appended, numbered and chained.
        Assert.Equal(Note(3, key: "k"), new NewEvent(second[0].Type, second[0].Operation, second[0].ValidOn, second[0].RecordedAt, second[0].RecordedBy, second[0].IdempotencyKey, second[0].Payload));
    }

    [Fact]
    public void A_writer_is_shown_what_others_committed_since_the_head_it_knew_and_appends_after_it()
    {
        Commit(0, Note(1));
        Commit(1, Note(2), Note(3));
        var (appended, seen) = store.Write(1, committed => ((IReadOnlyList<NewEvent>)[Note(4)], committed.Select(e => e.Position).ToList()));
        Assert.Equal([2L, 3], seen);
        Assert.Equal(4, Assert.Single(appended).Position);
        Assert.Equal(store.At(3)!.Hash, appended[0].PreviousHash);
        // A head it cannot have known: this store never held position 9.
        Assert.Throws<InvalidOperationException>(() => Commit(9, Note(5)));
        Assert.Equal(4, store.Head);
    }

    [Fact]
    public void A_write_that_appends_nothing_throws_or_reuses_a_key_leaves_the_ledger_as_it_was()
    {
        Commit(0, Note(1, key: "taken"));
        Assert.Equal("nothing", store.Write(1, _ => ((IReadOnlyList<NewEvent>)[], "nothing")).Result);
        Assert.Throws<InvalidDataException>(() => store.Write<int>(1, _ => throw new InvalidDataException("decided against")));
        Assert.Throws<InvalidOperationException>(() => Commit(1, Note(2), Note(3, key: "taken")));
        Assert.Throws<InvalidOperationException>(() => Commit(1, Note(2, key: "twice"), Note(3, key: "twice")));
        Assert.Equal([1L], store.ReadAfter(0).Select(e => e.Position));
        // The keys of a write refused whole were not taken.
        Assert.Equal(2, Assert.Single(Commit(1, Note(2, key: "twice"))).Position);
    }

    [Fact]
    public async Task Writers_at_once_take_turns_each_deciding_on_all_that_the_others_committed()
    {
        var inside = 0;
        using var start = new Barrier(8);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 5; i++)
                // Each knows only the empty ledger: what it decides on must be all that was committed.
                store.Write(0, committed =>
                {
                    var alone = Interlocked.Increment(ref inside) == 1;
                    Thread.Sleep(1);
                    Interlocked.Decrement(ref inside);
                    return ((IReadOnlyList<NewEvent>)[Note(1) with { Payload = $"{{\"writer\":{w},\"alone\":{(alone ? "true" : "false")},\"after\":{committed.Count}}}" }], 0);
                });
        }, TaskCreationOptions.LongRunning));
        await Task.WhenAll(writers);

        var entries = store.ReadAfter(0).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(p => (long)p), entries.Select(e => e.Position));
        Assert.All(entries, e => Assert.Contains("\"alone\":true", e.Payload));
        Assert.Equal(Enumerable.Range(0, 40).Select(n => $"\"after\":{n}}}"), entries.Select(e => e.Payload[e.Payload.IndexOf("\"after\"")..]));
        Assert.True(ChainVerification.Verify(entries).Intact);
    }

    [Fact]
    public void Reading_about_an_operation_gives_its_entries_of_the_types_asked_within_the_positions_asked()
    {
        Commit(0, Note(1), Note(2, type: "other"), Note(3, operation: "ELSE"), Note(4), Note(5, operation: null), Note(6));
        Assert.Equal([1L, 4, 6], store.ReadAbout("TST", ["note"], 0, 6).Select(e => e.Position));
        Assert.Equal([2L, 4], store.ReadAbout("TST", ["note", "other"], 1, 5).Select(e => e.Position));
        Assert.Equal([3L], store.ReadAbout("ELSE", ["note"], 0, 99).Select(e => e.Position));
        Assert.Empty(store.ReadAbout("TST", [], 0, 6));
    }

    [Fact]
    public void What_a_reader_was_given_does_not_change_when_a_writer_appends_meanwhile()
    {
        Commit(0, Note(1));
        var read = store.ReadAfter(0);
        Commit(1, Note(2));
        Assert.Single(read);
        Assert.Equal(2, store.ReadAfter(0).Count());
    }

    private string? Snapshot() => store.ReadSnapshot(LedgerSnapshot.Format, (position, hash, content) => $"{position} {new StreamReader(content).ReadToEnd()}");

    private void SaveSnapshot(long position, string content, int format = LedgerSnapshot.Format, string? hash = null) =>
        store.SaveSnapshot(position, hash ?? store.At(position)!.Hash, format, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void The_newest_snapshot_of_the_layout_and_of_this_chain_is_read_and_older_ones_dropped()
    {
        Commit(0, Note(1), Note(2), Note(3));
        Assert.Null(Snapshot());
        SaveSnapshot(1, "one");
        SaveSnapshot(2, "two");
        Assert.Equal("2 two", Snapshot());
        // Another writer saving the same position and layout keeps the first.
        SaveSnapshot(2, "two again");
        Assert.Equal("2 two", Snapshot());
        // Of another chain (its hash not the entry's there): never read; saved as the newest, it dropped the older one.
        SaveSnapshot(3, "forged", hash: new string('f', 64));
        Assert.Null(Snapshot());
        // Of another layout: not read; a save of this layout at its position replaces it.
        SaveSnapshot(3, "old layout", format: LedgerSnapshot.Format - 1);
        Assert.Null(Snapshot());
        SaveSnapshot(3, "three");
        Assert.Equal("3 three", Snapshot());
        Assert.Null(store.ReadSnapshot(LedgerSnapshot.Format - 1, (_, _, _) => "the old layout"));
    }
}
