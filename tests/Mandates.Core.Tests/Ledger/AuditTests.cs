using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// The audit on a ledger in memory: what a change of the law leaves broken among the tours written under
/// the law before it, and the ledger and its law as they were recorded at an instant.
/// </summary>
public sealed class AuditTests
{
    /// <summary>Two persons through July, a third from the 11th to the 20th: three serving on those days, the small law's ceiling.</summary>
    private static LedgerState ThreeServingFromTheEleventhToTheTwentieth(MemoryEventStore store)
    {
        using var ledger = LedgerOn(store);
        Written(ledger.Deploy(Tour("P-1", July(1), July(31))));
        Written(ledger.Deploy(Tour("P-2", July(1), July(31))));
        Written(ledger.Deploy(Tour("P-3", July(11), July(20))));
        return ledger.State;
    }

    [Fact]
    public void A_lowered_ceiling_leaves_violations_on_exactly_the_days_over_it()
    {
        using var store = new MemoryEventStore();
        var state = ThreeServingFromTheEleventhToTheTwentieth(store);
        Assert.Empty(Audit.Run(TstLaw(ceiling: 3), state));

        var violation = Assert.Single(Audit.Run(TstLaw(ceiling: 2), state));
        Assert.Equal((Tst, new DateInterval(July(11), July(20)), Rulebook.Ceiling.Id), (violation.Operation, violation.Days, violation.Rule));
        Assert.StartsWith("at most 3 deployed > 2, the ceiling of", violation.Cause);
        // A rule about the operation's strength, not about one tour.
        Assert.Null(violation.Tour);

        // Lowered to 1, July is over it throughout: one row, saying the most that served.
        var july = Assert.Single(Audit.Run(TstLaw(ceiling: 1), state));
        Assert.Equal(new DateInterval(July(1), July(31)), july.Days);
        Assert.StartsWith("at most 3 deployed > 1", july.Cause);
    }

    [Fact]
    public void What_a_change_of_the_law_brings_is_only_what_it_breaks()
    {
        using var store = new MemoryEventStore();
        var state = ThreeServingFromTheEleventhToTheTwentieth(store);
        var (three, two, one) = (TstLaw(3).Record, TstLaw(2).Record, TstLaw(1).Record);
        Assert.Equal(Audit.Run(TstLaw(2), state), Audit.BroughtBy(three, two, state));
        Assert.Empty(Audit.BroughtBy(three, three, state));
        // From 2 to 1 all of July is over it, more than the days from the 11th to the 20th broken before: that row is new.
        Assert.Equal([new DateInterval(July(1), July(31))], Audit.BroughtBy(two, one, state).Select(v => v.Days));
        Assert.Empty(Audit.BroughtBy(one, two, state));
    }

    [Fact]
    public void As_recorded_at_an_instant_the_ledger_and_its_law_are_those_recorded_by_then()
    {
        using var store = new MemoryEventStore();
        var clock = Clock();
        var state = LedgerSnapshot.Open(store);
        RecordEvents.Import(store, state, Files(ceiling: 3), July(1), clock.GetCurrentInstant(), "clerk");
        using var ledger = new TourLedger(store, LawOf(state), clock, "clerk", state, LawOf);
        Written(ledger.Deploy(Tour("P-1", July(1), July(31))));
        Written(ledger.Deploy(Tour("P-2", July(1), July(31))));
        Written(ledger.Deploy(Tour("P-3", July(1), July(31))));
        var beforeTheLowering = clock.GetCurrentInstant();

        // Another writer records the ceiling lowered to 2.
        var other = LedgerSnapshot.Open(store);
        Assert.Single(RecordEvents.Import(store, other, Files(ceiling: 2), July(1), clock.GetCurrentInstant(), "clerk"));
        // A tour recorded after it is checked against it.
        Assert.Contains("3 deployed + 1 requested = 4 > 2", Refused(ledger.Deploy(Tour("P-4", July(5), July(6)))).For(Rulebook.Ceiling).Reason);
        Written(ledger.Deploy(Tour("P-4", August(1), August(2))));

        var now = ledger.State;
        Assert.Equal(new DateInterval(July(1), July(31)), Assert.Single(Audit.Run(LawOf(now), now)).Days);

        var (_, fold) = LedgerSnapshot.PrepareAsRecordedAt(store, beforeTheLowering, now);
        var then = fold(null);
        // Then: the record and the three tours, not the lowering nor the August tour; and under the law then, nothing broken.
        Assert.Equal(4, then.Head);
        Assert.Equal(3, then.Tours.Count());
        Assert.Empty(Audit.Run(LawOf(then), then));
        // It is the law then that clears them: the same tours under the law now break it.
        Assert.Single(Audit.Run(LawOf(now), then));
    }

    [Fact]
    public void A_person_on_two_tours_at_once_that_came_in_past_the_checks_is_named_with_the_tour()
    {
        using var store = new MemoryEventStore();
        var state = LedgerState.Of([]);
        static NewEvent Started(string person, LocalDate from, LocalDate until) => new(TourEvents.Started, "TST", from, Start, "another program", null,
            LedgerPayload.Write(new TourEvents.StartedPayload(person, "guard", null, TourEvents.Day(from), TourEvents.Day(until), null)));
        store.Append(state, () => [Started("P-9", July(1), July(31)), Started("P-9", July(20), August(10)), Started("P-10", July(1), July(31))]);

        var violation = Assert.Single(Audit.Run(TstLaw(), state));
        Assert.Equal((Audit.OneTourAtATime, new DateInterval(July(20), July(31)), 2L), (violation.Rule, violation.Days, violation.Tour));
        Assert.Equal("P-9 is on two tours at once: P-9 in TST (guard) from 2025-07-01 to 2025-07-31 (ledger position 1) and P-9 in TST (guard) from 2025-07-20 to 2025-08-10 (ledger position 2).",
            violation.Cause);
    }
}
