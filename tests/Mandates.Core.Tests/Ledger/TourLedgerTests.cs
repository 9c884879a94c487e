using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// Deploy, end-tour and correct-tour as the ledger decides them, on a store in memory and the small law
/// (a ceiling of 3): what is written, what is refused and why, and what the strength then is.
/// </summary>
public sealed class TourLedgerTests : IDisposable
{
    private readonly MemoryEventStore store = new();
    private readonly TourLedger ledger;

    public TourLedgerTests() => ledger = LedgerOn(store);

    public void Dispose() => ledger.Dispose();

    /// <summary>Three persons on tours from 1 to 31 July: the ceiling reached every day of July.</summary>
    private long[] AtTheCeilingInJuly() =>
        [.. new[] { "P-1", "P-2", "P-3" }.Select(p => Written(ledger.Deploy(Tour(p, July(1), July(31)))).Position)];

    [Fact]
    public void A_tour_within_the_ceiling_is_written_and_counts_on_its_days_and_no_others()
    {
        var written = Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour("P-1", July(2), July(4))));
        Assert.False(written.Replayed);
        Assert.True(written.Decision!.Authorised);
        Assert.Equal((1L, TourEvents.Started, "TST", July(2), "clerk"),
            (written.Event.Position, written.Event.Type, written.Event.Operation, written.Event.ValidOn, written.Event.RecordedBy));
        // What the store holds is what the writer was told.
        Assert.Equal(written.Event, Assert.Single(store.ReadAfter(0)));
        Assert.Equal([0, 1, 1, 1, 0], Strength(ledger.State, July(1), July(5)));
        Assert.Equal(new Tour(1, new PersonId("P-1"), Tst, "guard", null, July(2), July(4), null), Assert.Single(ledger.State.Tours));
    }

    [Fact]
    public void A_tour_above_the_ceiling_is_refused_with_the_sum_that_breaks_it_and_nothing_is_written()
    {
        AtTheCeilingInJuly();
        var refused = Refused(ledger.Deploy(Tour("P-4", July(25), August(5))));
        Assert.False(refused.Authorised);
        var ceiling = refused.For(Rulebook.Ceiling);
        Assert.Equal(Outcome.NotMet, ceiling.Outcome);
        Assert.Contains("3 deployed + 1 requested = 4 > 3, the ceiling of", ceiling.Reason);
        // The other rules had nothing against it: the ceiling alone refused it.
        Assert.Equal([Rulebook.Ceiling.Id], refused.Refusals.Select(f => f.RuleId));
        Assert.Equal(3, store.Head);
        Assert.Equal(3, ledger.State.StrengthOf(Tst).On(July(25)));
        Assert.Equal(0, ledger.State.StrengthOf(Tst).On(August(1)));
        // The same person from August, when nobody serves, is lawful.
        Written(ledger.Deploy(Tour("P-4", August(1), August(5))));
    }

    [Fact]
    public void A_rotation_exception_lets_one_more_serve_for_at_most_its_days_and_only_when_named()
    {
        AtTheCeilingInJuly();
        // Without naming the clause, one more is over the ceiling; the refusal says which clause could be named.
        Assert.Contains("which a request must name", Refused(ledger.Deploy(Tour("P-R1", July(10), July(14)))).For(Rulebook.Ceiling).Reason);
        // Named, five days (the clause's most) are lawful.
        Written(ledger.Deploy(Tour("P-R1", July(10), July(14), exception: CeilingExceptionKind.Rotation)));
        Assert.Equal(4, ledger.State.StrengthOf(Tst).On(July(12)));
        // Six days are not.
        Assert.Contains("exceeded on 6 consecutive days (through 2025-07-25), but the rotation exception covers at most 5",
            Refused(ledger.Deploy(Tour("P-R2", July(20), July(25), exception: CeilingExceptionKind.Rotation))).For(Rulebook.Ceiling).Reason);
        // Nor a fifth person on the clause's days: it allows one more, not two.
        Assert.Contains("= 5 > 4",
            Refused(ledger.Deploy(Tour("P-R3", July(12), July(12), exception: CeilingExceptionKind.Rotation))).For(Rulebook.Ceiling).Reason);
        // A clause the mandate does not provide covers nothing.
        Assert.Contains("which the mandate does not provide",
            Refused(ledger.Deploy(Tour("P-E1", July(20), July(20), exception: CeilingExceptionKind.Emergency))).For(Rulebook.Ceiling).Reason);
        Assert.Equal(4, store.Head);
        Assert.Empty(Audit.Run(TstLaw(), ledger.State));
    }

    [Fact]
    public void One_person_cannot_be_on_two_tours_at_once_whether_deployed_or_corrected_into_it()
    {
        var july = Written(ledger.Deploy(Tour("P-7", July(1), July(10)))).Position;
        Assert.Contains("'P-7' is already on a tour that overlaps: P-7 in TST (guard) from 2025-07-01 to 2025-07-10 (ledger position 1)",
            Invalid(ledger.Deploy(Tour("P-7", July(10), null, task: "train"))));
        // The day after the last day, and before the first, are free; another person shares the days.
        Written(ledger.Deploy(Tour("P-7", July(11), null)));
        var june = Written(ledger.Deploy(Tour("P-7", new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))).Position;
        Written(ledger.Deploy(Tour("P-8", July(1), July(10))));
        Assert.Contains("'P-7' is already on a tour that overlaps",
            Invalid(ledger.Deploy(Tour("P-7", new LocalDate(2025, 6, 20), July(2)))));
        Assert.Contains("'P-7' would overlap another tour: P-7 in TST (guard) from 2025-07-01 to 2025-07-10",
            Invalid(ledger.Correct(new(june, new LocalDate(2025, 6, 1), July(1), Cancel: false, "longer", null))));
        // Once the July tour is cancelled its days are free again.
        Written(ledger.Correct(new(july, null, null, Cancel: true, "never went", null)));
        Written(ledger.Correct(new(june, new LocalDate(2025, 6, 1), July(10), Cancel: false, "longer", null)));
        Assert.Equal(6, store.Head);
        Assert.Empty(Audit.Run(TstLaw(), ledger.State));
    }

    [Fact]
    public void Ending_a_tour_frees_its_place_from_the_day_after_and_a_later_end_runs_it_on_if_the_law_allows()
    {
        var tour = Written(ledger.Deploy(Tour("P-1", July(1), null))).Position;
        var ended = Written(ledger.EndTour(new PersonId("P-1"), July(10), null));
        Assert.Equal((TourEvents.Ended, July(10)), (ended.Type, ended.ValidOn));
        Assert.Equal([1, 0], Strength(ledger.State, July(10), July(11)));
        Assert.Contains("already ends on 2025-07-10; there is nothing to end.", Invalid(ledger.EndTour(new PersonId("P-1"), July(10), null)));

        // A later day runs the ended tour on to it.
        Written(ledger.EndTour(new PersonId("P-1"), July(20), null));
        Assert.Equal([1, 0], Strength(ledger.State, July(20), July(21)));
        Assert.Equal(July(20), ledger.State.FindTour(tour)!.Until);

        // Not onto days the ceiling is full: the days added count as a new tour.
        foreach (var p in new[] { "P-2", "P-3", "P-4" }) Written(ledger.Deploy(Tour(p, July(21), July(31))));
        var head = store.Head;
        Assert.Equal(Outcome.NotMet, Refused(ledger.EndTour(new PersonId("P-1"), July(25), null)).For(Rulebook.Ceiling).Outcome);
        Assert.Equal(head, store.Head);
        Assert.Equal(July(20), ledger.State.FindTour(tour)!.Until);
        // Shortening is lawful whatever the strength.
        Written(ledger.EndTour(new PersonId("P-2"), July(25), null));
        Assert.Equal([3, 2], Strength(ledger.State, July(25), July(26)));

        Assert.Contains("person: 'P-9' has no tour covering 2025-07-10, nor one ending before it",
            Invalid(ledger.EndTour(new PersonId("P-9"), July(10), null)));
    }

    [Fact]
    public void A_correction_is_a_new_entry_checked_only_on_the_days_it_adds()
    {
        var tours = AtTheCeilingInJuly();
        // Every day of July is full, but the tour's own days are not counted again: running on into August is lawful.
        Written(ledger.Correct(new(tours[0], July(1), August(10), Cancel: false, "stayed on", null)));
        Assert.Equal([3, 1, 1], Strength(ledger.State, July(31), August(2)));
        // The days it adds where two others serve in August are over the ceiling.
        Written(ledger.Deploy(Tour("P-4", August(1), August(31))));
        Written(ledger.Deploy(Tour("P-5", August(1), August(31))));
        var refused = Refused(ledger.Correct(new(tours[1], July(1), August(5), Cancel: false, "stayed on", null)));
        Assert.Contains("= 4 > 3", refused.For(Rulebook.Ceiling).Reason);
        Assert.Equal(2, ledger.State.StrengthOf(Tst).MaxOver(new DateInterval(August(11), August(31))));

        // Nothing is rewritten: the start still says what was first recorded, the correction supersedes it.
        var started = LedgerPayload.Read<TourEvents.StartedPayload>(store.At(tours[0])!);
        Assert.Equal(("2025-07-01", "2025-07-31"), (started.From, started.Until));
        Assert.Equal([TourEvents.Started, TourEvents.Corrected], TourEvents.History(store, ledger.State, tours[0])!.Select(e => e.Type));
        Assert.Equal(August(10), ledger.State.FindTour(tours[0])!.Until);

        Assert.Contains("already runs on exactly those days; there is nothing to correct",
            Invalid(ledger.Correct(new(tours[2], July(1), July(31), Cancel: false, "same", null))));
        Assert.Contains("there is no tour started at ledger position 999", Invalid(ledger.Correct(new(999, null, null, Cancel: true, "x", null))));
    }

    [Fact]
    public void A_cancelled_tour_counts_on_no_day_and_cannot_be_corrected_again()
    {
        var tours = AtTheCeilingInJuly();
        var cancel = Written(ledger.Correct(new(tours[2], null, null, Cancel: true, "wrong person", null))).Position;
        Assert.Null(ledger.State.FindTour(tours[2]));
        Assert.Equal(cancel, ledger.State.CancelledBy(tours[2]));
        Assert.Equal(2, ledger.State.StrengthOf(Tst).MaxOver(new DateInterval(July(1), July(31))));
        Assert.DoesNotContain(ledger.State.Tours, t => t.StartedAt == tours[2]);
        Assert.Contains($"was cancelled at position {cancel}; a cancelled tour is not corrected again",
            Invalid(ledger.Correct(new(tours[2], null, null, Cancel: true, "wrong person", null))));
        // Its place is free: another person may take it.
        Written(ledger.Deploy(Tour("P-4", July(1), July(31))));
    }

    [Fact]
    public void A_request_retried_under_its_key_is_answered_with_what_was_written_even_by_another_writer()
    {
        var first = Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour("P-1", July(1), July(31), key: "order-1")));
        var again = Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour("P-1", July(1), July(31), key: "order-1")));
        Assert.True(again.Replayed);
        Assert.Equal(first.Event, again.Event);
        // Another writer on the same store (another process), the task named by its title.
        using var other = LedgerOn(store);
        var elsewhere = Assert.IsType<WriteOutcome.Written>(other.Deploy(Tour("P-1", July(1), July(31), task: "Guard", key: "order-1")));
        Assert.True(elsewhere.Replayed);
        Assert.Equal(first.Event, elsewhere.Event);
        // Still the same request after the tour was ended: a replay, not an overlap.
        Written(ledger.EndTour(new PersonId("P-1"), July(10), "end-1"));
        Assert.True(Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour("P-1", July(1), July(31), key: "order-1"))).Replayed);
        Assert.True(Assert.IsType<WriteOutcome.Written>(other.EndTour(new PersonId("P-1"), July(10), "end-1")).Replayed);
        Assert.Equal(2, store.Head);
        Assert.Equal([1, 0], Strength(ledger.State, July(10), July(11)));
    }

    [Fact]
    public void A_key_used_for_other_content_is_refused_whatever_the_kind_of_write_and_nothing_is_written()
    {
        var tour = Written(ledger.Deploy(Tour("P-1", July(1), July(31), key: "order-1"))).Position;
        Written(ledger.Deploy(Tour("P-2", July(1), July(31))));
        const string reused = "idempotencyKey: 'order-1' was used at ledger position 1 for different content; a key names one request.";
        Assert.Equal(reused, Invalid(ledger.Deploy(Tour("P-3", July(1), July(31), key: "order-1"))));
        Assert.Equal(reused, Invalid(ledger.Deploy(Tour("P-1", July(1), July(30), key: "order-1"))));
        Assert.Equal(reused, Invalid(ledger.EndTour(new PersonId("P-2"), July(10), "order-1")));
        Assert.Equal(reused, Invalid(ledger.Correct(new(tour, null, null, Cancel: true, "entered twice", "order-1"))));
        Assert.Equal(2, store.Head);
        Assert.Equal(2, ledger.State.StrengthOf(Tst).On(July(20)));

        // A correction's key replays only the same correction.
        Written(ledger.Correct(new(tour, null, July(20), Cancel: false, "left early", "fix-1")));
        Assert.True(Assert.IsType<WriteOutcome.Written>(ledger.Correct(new(tour, null, July(20), Cancel: false, "left early", "fix-1"))).Replayed);
        Assert.Contains("'fix-1' was used at ledger position 3", Invalid(ledger.Correct(new(tour, null, July(21), Cancel: false, "left early", "fix-1"))));
        Assert.Equal(3, store.Head);
    }

    [Fact]
    public async Task Requests_deployed_at_once_never_push_the_strength_above_the_ceiling()
    {
        var law = TstLaw(ceiling: 10);
        using var grouped = LedgerOn(store, law);
        // 64 callers at once through one ledger, which commits them in groups.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(() => grouped.DeployAsync(Tour($"P-{n:D3}", July(1), July(10))))));
        Assert.Equal(10, outcomes.Count(o => o is WriteOutcome.Written));
        Assert.All(outcomes.Where(o => o is not WriteOutcome.Written), o => Assert.Equal(Outcome.NotMet, Refused(o).For(Rulebook.Ceiling).Outcome));

        // And 8 writers of their own (processes sharing the store), each on a thread of its own, let go at once, 8 requests each, for August.
        using var start = new Barrier(8);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Factory.StartNew(() =>
        {
            using var own = LedgerOn(store, law, user: $"writer-{w}");
            own.CatchUp();
            start.SignalAndWait();
            return Enumerable.Range(0, 8).Select(i => own.Deploy(Tour($"P-{100 + w * 10 + i}", August(1), August(10)))).ToList();
        }, TaskCreationOptions.LongRunning));
        var each = (await Task.WhenAll(writers)).SelectMany(o => o).ToList();
        Assert.Equal(10, each.Count(o => o is WriteOutcome.Written));
        Assert.Equal(54, each.Count(o => o is WriteOutcome.Refused));

        var entries = store.ReadAfter(0).ToList();
        Assert.Equal(20, entries.Count);
        Assert.True(ChainVerification.Verify(entries).Intact);
        var folded = LedgerState.Of(entries);
        Assert.Equal(10, folded.StrengthOf(Tst).MaxOver(new DateInterval(July(1), July(10))));
        Assert.Equal(10, folded.StrengthOf(Tst).MaxOver(new DateInterval(August(1), August(10))));
        Assert.Empty(Audit.Run(law, folded));
    }

    [Fact]
    public async Task The_same_request_sent_at_once_under_one_key_is_written_once()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => ledger.DeployAsync(Tour("P-1", July(1), July(31), key: "order-1")))));
        var written = outcomes.Select(o => Assert.IsType<WriteOutcome.Written>(o)).ToList();
        Assert.Single(written.Select(w => w.Event).Distinct());
        Assert.Equal(15, written.Count(w => w.Replayed));
        Assert.Equal(1, store.Head);
    }
}
