using Mandates.Core.Ledger;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// The ledger's entries folded into what it says now: tours as last corrected, the strength of each day,
/// keys and the head; the same however the fold is reached; and entries no writer writes named by position.
/// </summary>
public sealed class LedgerStateTests
{
    private static NewEvent Started(string person, LocalDate from, LocalDate? until, string? key = null) =>
        new(TourEvents.Started, "TST", from, Start, "clerk", key,
            LedgerPayload.Write(new TourEvents.StartedPayload(person, "guard", null, TourEvents.Day(from), until is { } u ? TourEvents.Day(u) : null, null)));

    private static NewEvent Ended(string person, long tour, LocalDate on) =>
        new(TourEvents.Ended, "TST", on, Start, "clerk", null, LedgerPayload.Write(new TourEvents.EndedPayload(person, tour, TourEvents.Day(on))));

    private static NewEvent Corrected(long supersedes, long tour, LocalDate from, LocalDate? until, bool cancelled = false) =>
        new(TourEvents.Corrected, "TST", from, Start, "clerk", null, LedgerPayload.Write(new TourEvents.CorrectedPayload(supersedes, tour,
            cancelled ? null : TourEvents.Day(from), cancelled || until is null ? null : TourEvents.Day(until.Value), cancelled, "test")));

    /// <summary>The entries in a store of their own, each recorded a minute after the one before.</summary>
    private static List<LedgerEvent> Appended(MemoryEventStore store, params NewEvent[] entries) =>
        [.. store.Write(store.Head, _ => ((IReadOnlyList<NewEvent>)entries.Select((e, i) => e with { RecordedAt = Start.Plus(Duration.FromMinutes(i)) }).ToList(), 0)).Appended];

    /// <summary>
    /// P-1 from 1 July, open, then ended on the 10th; P-2 from the 5th to the 20th, corrected to the 6th to
    /// the 15th; P-3 through July, cancelled.
    /// </summary>
    private static List<LedgerEvent> History(MemoryEventStore store) => Appended(store,
        Started("P-1", July(1), null, key: "k-1"),
        Started("P-2", July(5), July(20)),
        Ended("P-1", 1, July(10)),
        Corrected(2, 2, July(6), July(15)),
        Started("P-3", July(1), July(31)),
        Corrected(5, 5, July(1), null, cancelled: true));

    /// <summary>What a user is shown of a state: its tours, the strength of each day of June to August, its head, and what each tour's latest entry and the key name.</summary>
    private static object Shown(LedgerState state) => (
        string.Join("; ", state.Tours),
        string.Join(",", Strength(state, new LocalDate(2025, 6, 1), August(31))),
        state.Head, state.HeadHash, state.LastRecordedAt, state.PositionOfKey("k-1"),
        string.Join(",", Enumerable.Range(1, (int)state.Head).Select(p => state.LatestEntryOf(p))));

    [Fact]
    public void Folding_gives_each_tour_as_last_corrected_and_each_day_the_tours_serving_then()
    {
        using var store = new MemoryEventStore();
        var entries = History(store);
        var state = LedgerState.Of(entries);

        Assert.Equal(
            [new Tour(1, new PersonId("P-1"), Tst, "guard", null, July(1), July(10), null), new Tour(2, new PersonId("P-2"), Tst, "guard", null, July(6), July(15), null)],
            state.Tours);
        Assert.Equal([0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 0], Strength(state, new LocalDate(2025, 6, 30), July(16)));
        // The cancelled tour: in no list, on no day, but its cancellation is known.
        Assert.Null(state.FindTour(5));
        Assert.Equal(6, state.CancelledBy(5));
        Assert.Null(state.CancelledBy(1));
        Assert.Equal((3L, 4L, 6L), (state.LatestEntryOf(1), state.LatestEntryOf(2), state.LatestEntryOf(5)));
        Assert.Equal(1, state.PositionOfKey("k-1"));
        Assert.Null(state.PositionOfKey("k-2"));
        Assert.Equal((6L, entries[^1].Hash, Start.Plus(Duration.FromMinutes(5))), (state.Head, state.HeadHash, state.LastRecordedAt));
        Assert.Equal([July(1)], state.ToursOf(new PersonId("P-1")).Select(t => t.From));
        Assert.Equal([2L], state.ToursOf(Tst, new DateInterval(July(11), July(11))).Select(t => t.StartedAt));
    }

    [Fact]
    public void The_state_is_the_same_folded_afresh_from_a_snapshot_or_as_the_writer_kept_it()
    {
        using var store = new MemoryEventStore();
        var entries = History(store);
        var afresh = LedgerState.Of(entries);

        // A snapshot halfway, then the entries after it.
        LedgerSnapshot.Save(store, LedgerState.Of(entries.Take(3)));
        var (toFold, fold) = LedgerSnapshot.Prepare(store, saveAfter: int.MaxValue);
        Assert.Equal(3, toFold);
        Assert.Equal(Shown(afresh), Shown(fold(null)));
        Assert.Equal((3L, true), LedgerSnapshot.Check(store, entries));

        // The writer's own state, folded as it wrote, against the entries read back.
        using var ledger = LedgerOn(store);
        Written(ledger.Deploy(Tour("P-4", July(20), null)));
        Written(ledger.EndTour(new PersonId("P-4"), July(25), null));
        Written(ledger.Correct(new(2, July(6), July(16), Cancel: false, "left a day later", "fix-2")));
        Assert.Equal(Shown(LedgerState.Of(store.ReadAfter(0))), Shown(ledger.State));
        Assert.Equal(9, ledger.State.PositionOfKey("fix-2"));
    }

    [Fact]
    public void As_recorded_at_an_instant_the_state_holds_the_entries_recorded_up_to_it_included()
    {
        using var store = new MemoryEventStore();
        var entries = History(store);
        var third = entries[2].RecordedAt;
        Assert.Equal(3, LedgerState.AsRecordedAt(entries, third).Head);
        Assert.Equal(2, LedgerState.AsRecordedAt(entries, third - Duration.Epsilon).Head);
        // Before the end was recorded, P-1's tour was open.
        Assert.Null(LedgerState.AsRecordedAt(entries, third - Duration.Epsilon).FindTour(1)!.Until);
        Assert.Equal(0, LedgerState.AsRecordedAt(entries, Start - Duration.Epsilon).Head);
    }

    [Fact]
    public void An_entry_recorded_before_the_one_ahead_of_it_is_noted_and_no_new_entry_is_recorded_before_the_newest()
    {
        using var store = new MemoryEventStore();
        var entries = Appended(store, Started("P-1", July(1), null), Started("P-2", July(1), null));
        var early = store.Write(store.Head, _ => ((IReadOnlyList<NewEvent>)[Started("P-3", July(1), null) with { RecordedAt = Start - Duration.FromDays(365) }], 0)).Appended;
        var state = LedgerState.Of(store.ReadAfter(0));
        Assert.Equal(3, state.FirstRecordedOutOfOrder);
        Assert.Equal(early[0].RecordedAt, state.LastRecordedAt);
        Assert.Null(LedgerState.Of(entries).FirstRecordedOutOfOrder);
        // A writer whose clock is behind the newest entry records at the newest entry's instant, so "as recorded at" stays a prefix.
        var fresh = LedgerState.Of(entries);
        Assert.Equal(entries[^1].RecordedAt, fresh.RecordingInstant(Start - Duration.FromHours(1)));
        Assert.Equal(entries[^1].RecordedAt + Duration.FromHours(1), fresh.RecordingInstant(entries[^1].RecordedAt + Duration.FromHours(1)));
    }

    /// <summary>The history with one entry altered as no writer writes it.</summary>
    private static IEnumerable<LedgerEvent> Altered(string how, List<LedgerEvent> entries) => how switch
    {
        "gap" => entries.Where(e => e.Position != 2),
        "type" => [.. entries[..2], entries[2] with { Type = "tour-paused" }],
        "tour" => [.. entries[..2], entries[2] with { Payload = entries[2].Payload.Replace("\"tour\":1", "\"tour\":99") }],
        "valid_on" => [entries[0] with { ValidOn = July(2) }],
        "operation" => [.. entries[..2], entries[2] with { Operation = "OTHER" }],
        "payload" => [entries[0] with { Payload = "{not json" }],
        _ => throw new ArgumentException(how),
    };

    [Theory]
    [InlineData("gap", 3, "follows 1: the ledger has a gap")]
    [InlineData("type", 3, "its type 'tour-paused' is none this program writes")]
    [InlineData("tour", 3, "refers to tour 99, which does not exist")]
    [InlineData("valid_on", 1, "its valid_on 2025-07-02 is not the tour's first day (2025-07-01)")]
    [InlineData("operation", 3, "its operation 'OTHER' is not that of tour 1 ('TST')")]
    [InlineData("payload", 1, "its tour-started payload is not the JSON this program writes")]
    public void An_entry_no_writer_writes_is_named_by_its_position(string how, long position, string why)
    {
        using var store = new MemoryEventStore();
        var damaged = Assert.Throws<DamagedEntryException>(() => LedgerState.Of(Altered(how, History(store))));
        Assert.Equal(position, damaged.Position);
        Assert.Contains(why, damaged.Why);
    }
}
