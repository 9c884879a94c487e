using Mandates.Core.Ledger;
using NodaTime;
using Xunit;

namespace Mandates.Storage.Tests;

/// <summary>
/// The store's contract, written once and run on every database (see the subclasses at the end).
/// Every test uses a fresh store.
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    protected readonly IDatabase Database;

    protected EventStoreContract(IDatabase database) => Database = database;

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly Instant Now = Instant.FromUtc(2025, 7, 1, 9, 0);

    private static NewEvent Entry(int n, string? key = null) =>
        new("test-entry", "KFOR", new LocalDate(2025, 7, 1).PlusDays(n), Now.Plus(Duration.FromSeconds(n)), "clerk", key, $"{{\"n\":{n}}}");

    private static IReadOnlyList<LedgerEvent> Append(IEventStore store, params NewEvent[] entries) =>
        store.Write(0, _ => ((IReadOnlyList<NewEvent>)entries, 0)).Appended;

    [Fact]
    public void Read_about_gives_one_operations_entries_of_some_types_in_a_range_of_positions()
    {
        using var store = Database.Open();
        Append(store,
            Entry(1),
            Entry(2) with { Type = "other" },
            Entry(3) with { Operation = "ISAF" },
            Entry(4),
            Entry(5) with { Operation = null },
            Entry(6));
        Assert.Equal([1, 4, 6], store.ReadAbout("KFOR", ["test-entry"], 0, 6).Select(e => e.Position));
        Assert.Equal([2, 4], store.ReadAbout("KFOR", ["test-entry", "other"], 1, 5).Select(e => e.Position));
        Assert.Equal([3], store.ReadAbout("ISAF", ["test-entry"], 0, 99).Select(e => e.Position));
        Assert.Empty(store.ReadAbout("KFOR", [], 0, 6));
        Assert.Equal(store.At(4), store.ReadAbout("KFOR", ["test-entry"], 3, 4).Single());
    }

    [Fact]
    public void A_store_that_must_exist_is_not_created_where_none_is()
    {
        var refused = Assert.Throws<StoreException>(() => EventStores.Open(Database.Location, mustExist: true));
        Assert.Contains("expected an existing store to check", refused.Message);
        // Told apart from a store that cannot be used, so a reader can take "none yet" for an empty ledger without creating one.
        Assert.True(refused.DoesNotExist);
        using (Database.Open()) { }
        using var existing = EventStores.Open(Database.Location, mustExist: true);
        Assert.Equal(0, existing.Head);
    }

    [Fact]
    public void A_new_store_is_empty()
    {
        using var store = Database.Open();
        Assert.Empty(store.ReadAfter(0));
        Assert.Equal(0, store.Head);
    }

    [Fact]
    public void Positions_are_gapless_from_1_and_every_entry_is_chained_to_the_one_before()
    {
        using var store = Database.Open();
        Append(store, Entry(1), Entry(2));
        Append(store, Entry(3));
        var all = store.ReadAfter(0).ToList();
        Assert.Equal([1L, 2, 3], all.Select(e => e.Position));
        Assert.Equal(3, store.Head);
        Assert.Equal(LedgerEvent.Genesis, all[0].PreviousHash);
        Assert.Equal(all[0].Hash, all[1].PreviousHash);
        Assert.Equal(all[1].Hash, all[2].PreviousHash);
        Assert.True(ChainVerification.Verify(all).Intact);
    }

    [Fact]
    public void What_is_read_back_is_what_was_written()
    {
        using var store = Database.Open();
        var written = Append(store, Entry(1, key: "k-1"), Entry(2)).ToList();
        Assert.Equal(written, store.ReadAfter(0).ToList());
        Assert.Equal(written[1..], store.ReadAfter(1).ToList());
    }

    [Fact]
    public void A_write_that_appends_nothing_writes_nothing()
    {
        using var store = Database.Open();
        var (appended, result) = store.Write(0, _ => ((IReadOnlyList<NewEvent>)[], "refused"));
        Assert.Empty(appended);
        Assert.Equal("refused", result);
        Assert.Empty(store.ReadAfter(0));
    }

    [Fact]
    public void A_write_that_fails_midway_writes_nothing()
    {
        using var store = Database.Open();
        Append(store, Entry(1, key: "taken"));
        // The second entry reuses a key: the database refuses it, and the first of the batch is rolled back too.
        Assert.ThrowsAny<Exception>(() => Append(store, Entry(2), Entry(3, key: "taken")));
        Assert.Equal([1L], store.ReadAfter(0).Select(e => e.Position));
        Append(store, Entry(4));
        Assert.Equal([1L, 2], store.ReadAfter(0).Select(e => e.Position));
    }

    [Fact]
    public void A_writer_is_shown_what_others_committed_since_it_last_looked()
    {
        using var mine = Database.Open();
        using var theirs = Database.Open();
        Append(mine, Entry(1));
        Append(theirs, Entry(2));
        var (_, seen) = mine.Write(1, committed => ((IReadOnlyList<NewEvent>)[], committed.Select(e => e.Position).ToList()));
        Assert.Equal([2L], seen);
    }

    [Fact]
    public void The_database_refuses_to_update_or_delete_an_entry()
    {
        using (var store = Database.Open()) Append(store, Entry(1));
        Assert.ThrowsAny<Exception>(() => Database.Tamper("UPDATE events SET payload = '{}' WHERE position = 1"));
        Assert.ThrowsAny<Exception>(() => Database.Tamper("DELETE FROM events WHERE position = 1"));
        using var reopened = Database.Open();
        Assert.Single(reopened.ReadAfter(0));
    }

    [Fact]
    public void Altering_an_entry_makes_verification_fail_at_its_position()
    {
        using (var store = Database.Open()) Append(store, Entry(1), Entry(2), Entry(3));
        Database.RemoveAppendOnlyGuard();
        Database.Tamper("UPDATE events SET payload = '{\"n\":99}' WHERE position = 2");
        using var reopened = Database.Open();
        var result = ChainVerification.Verify(reopened.ReadAfter(0));
        Assert.Equal(2, result.FirstBroken);
        Assert.Contains("altered", result.Why);
    }

    [Fact]
    public void Deleting_an_entry_makes_verification_fail_at_its_position()
    {
        using (var store = Database.Open()) Append(store, Entry(1), Entry(2), Entry(3));
        Database.RemoveAppendOnlyGuard();
        Database.Tamper("DELETE FROM events WHERE position = 2");
        using var reopened = Database.Open();
        var result = ChainVerification.Verify(reopened.ReadAfter(0));
        Assert.Equal(2, result.FirstBroken);
        Assert.Contains("deleted", result.Why);
    }

    /// <summary>Entries with every kind of field a writer writes: no operation, a key, text beyond ASCII, an instant with a fraction of a second, a long payload.</summary>
    private static NewEvent[] Varied() =>
    [
        Entry(1),
        Entry(2) with { Operation = null, Payload = $"{{\"path\":\"operations/kfor.yaml\",\"text\":\"{new string('x', 200_000)}\"}}" },
        Entry(3, key: "clé-ü 1") with { RecordedBy = "Zoë Ørsted", RecordedAt = Now.Plus(Duration.FromTicks(31_415_926)) },
        Entry(4) with { Payload = "{\"person\":\"P-4711\",\"reason\":\"arrivée retardée — «Grenzübergang»\"}" },
    ];

    /// <summary>Appends <see cref="Varied"/> entries and returns the anchor an auditor would keep: the newest entry's position and hash.</summary>
    private Anchor VariedLedgerAndItsAnchor()
    {
        using (var store = Database.Open()) Append(store, Varied());
        using var reopened = Database.Open();
        return ChainVerification.Verify(reopened.ReadAfter(0)).Head;
    }

    [Fact]
    public void A_script_without_the_program_checks_the_chain_as_verify_does_and_gives_the_same_anchor()
    {
        using (var store = Database.Open()) Append(store, Varied());
        using var reopened = Database.Open();
        var verified = ChainVerification.Verify(reopened.ReadAfter(0));
        Assert.True(verified.Intact);
        var independent = Database.VerifyWithoutTheProgram();
        Assert.Equal(0, independent.Exit);
        Assert.Equal($"intact; anchor {verified.Head}", independent.Out.Trim());

        Database.RemoveAppendOnlyGuard();
        Database.Tamper("UPDATE events SET recorded_by = 'Zoe Orsted' WHERE position = 3");
        Assert.Equal(3, ChainVerification.Verify(reopened.ReadAfter(0)).FirstBroken);
        var broken = Database.VerifyWithoutTheProgram();
        Assert.Equal(1, broken.Exit);
        Assert.StartsWith("BROKEN at position 3:", broken.Out);
    }

    [Fact]
    public void A_ledger_rewritten_with_its_hashes_recomputed_passes_the_chain_but_not_an_anchor_taken_before()
    {
        var anchor = VariedLedgerAndItsAnchor();
        Assert.Equal(4, anchor.Position);

        // Someone with the database alters position 2 and recomputes every hash from there on, as the
        // chain's definition (docs/ledger-format.md) lets anyone do.
        Database.RemoveAppendOnlyGuard();
        Database.Tamper("UPDATE events SET payload = '{\"n\":99}' WHERE position = 2");
        using (var store = Database.Open())
        {
            var previous = store.At(1)!.Hash;
            foreach (var e in store.ReadAfter(1).ToList())
            {
                var hash = LedgerEvent.ComputeHash(e.Position, e.Type, e.Operation, e.ValidOn, e.RecordedAt, e.RecordedBy, e.IdempotencyKey, e.Payload, previous);
                Database.Tamper($"UPDATE events SET previous_hash = '{previous}', hash = '{hash}' WHERE position = {e.Position}");
                previous = hash;
            }
        }

        using var rewritten = Database.Open();
        Assert.True(ChainVerification.Verify(rewritten.ReadAfter(0)).Intact);
        Assert.Equal(0, Database.VerifyWithoutTheProgram().Exit);
        AnchorBreaks(rewritten, anchor, 4, "rewritten", "BROKEN at position 4:");
        // An anchor taken before the altered entry still holds: the ledger up to it is as it was.
        var earlier = new Anchor(1, rewritten.At(1)!.Hash);
        Assert.True(ChainVerification.Verify(rewritten.ReadAfter(0), anchors: [earlier]).Intact);
        Assert.Equal(0, Database.VerifyWithoutTheProgram(earlier.ToString()).Exit);
    }

    [Fact]
    public void A_ledger_cut_short_passes_the_chain_but_not_an_anchor_beyond_its_end()
    {
        var anchor = VariedLedgerAndItsAnchor();
        Database.RemoveAppendOnlyGuard();
        Database.Tamper("DELETE FROM events WHERE position >= 3");

        using var cut = Database.Open();
        Assert.True(ChainVerification.Verify(cut.ReadAfter(0)).Intact);
        AnchorBreaks(cut, anchor, 3, "ends at position 2, before the anchor's position 4", "BROKEN at position 3: the ledger ends at position 2");
    }

    /// <summary>The anchor breaks the chain at <paramref name="position"/>, for verify and for the script without the program alike.</summary>
    private void AnchorBreaks(IEventStore store, Anchor anchor, long position, string why, string scriptSays)
    {
        var anchored = ChainVerification.Verify(store.ReadAfter(0), anchors: [anchor]);
        Assert.Equal(position, anchored.FirstBroken);
        Assert.Contains(why, anchored.Why);
        var independent = Database.VerifyWithoutTheProgram(anchor.ToString());
        Assert.Equal(1, independent.Exit);
        Assert.StartsWith(scriptSays, independent.Out);
    }

    [Fact]
    public void Reopening_a_store_keeps_its_entries_and_applies_no_migration_twice()
    {
        using (var store = Database.Open()) Append(store, Entry(1));
        using (var again = Database.Open()) Append(again, Entry(2));
        using var third = Database.Open();
        Assert.Equal(2, third.ReadAfter(0).Count());
    }

    [Fact]
    public void A_store_newer_than_the_program_is_refused()
    {
        using (Database.Open()) { }
        Database.Tamper("INSERT INTO schema_version (version) VALUES (999)");
        var e = Assert.Throws<StoreException>(() => Database.Open());
        Assert.Contains("schema version 999, newer than this program's 2", e.Message);
    }
}

public sealed class SqliteEventStoreContract() : EventStoreContract(new SqliteDatabase());

[Trait("Database", "PostgreSQL")]
public sealed class PostgresEventStoreContract() : EventStoreContract(new PostgresDatabase());
