using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// ReadStrength, ListTours, ReadHistory and check's clause room without a host, on a store in memory under
/// the small law (a ceiling of 3, a rotation clause of 1 more for at most 5 days).
/// </summary>
public abstract class ReadUseCaseContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? sessions;

    /// <summary>Sessions under the small law, the clock moving on a second at each reading.</summary>
    private Sessions Host => sessions ??= new(NewStore(), SmallLaw.Files()) { Tick = Duration.FromSeconds(1) };

    /// <summary>P-1 from 1 to 31 July; P-2 from 10 July, open, then cut to 20 July; P-3 cancelled. Their
    /// tours' positions.</summary>
    private (long P1, long P2, long P3) Tours()
    {
        using var session = Host.Open();
        var ledger = session.Ledger();
        var p1 = Written(ledger.Deploy(Tour("P-1", July(1), July(31)))).Position;
        var p2 = Written(ledger.Deploy(Tour("P-2", July(10), null, task: "train"))).Position;
        Written(ledger.EndTour(new PersonId("P-2"), July(20), null));
        var p3 = Written(ledger.Deploy(Tour("P-3", July(5), July(6)))).Position;
        Written(ledger.Correct(new(p3, null, null, Cancel: true, "wrong person")));
        return (p1, p2, p3);
    }

    private T Run<T>(Func<Session, T> useCase)
    {
        using var session = Host.Open();
        return useCase(session);
    }

    [Fact]
    public void Strength_is_cut_where_it_changes_with_the_headroom_under_the_ceiling()
    {
        Tours();
        var july = new DateInterval(July(1), July(31));
        var result = Run(s => ReadStrength.Run(s, new StrengthRequest("tst", july, ByTask: true)));
        Assert.Equal([(1, 2), (2, 1), (1, 2)], result.Stretches.Select(s => (s.Strength, s.Headroom!.Value)));
        Assert.Equal([July(1), July(10), July(21)], result.Stretches.Select(s => s.Days.Start));
        Assert.True(result.Stretches.All(s => s.Authorises));
        Assert.Equal(2, result.MaxStrength);
        Assert.Equal(new Dictionary<string, int> { ["guard"] = 1, ["train"] = 1 }, result.ByTask);
    }

    [Fact]
    public void Tours_of_an_operation_on_a_day_and_all_of_a_person()
    {
        var (p1, p2, _) = Tours();
        var twelfth = new DateInterval(July(12), July(12));
        var onTheTwelfth = Run(s => ListTours.Run(s, new ToursRequest("TST", null, twelfth)));
        Assert.Equal([p1, p2], onTheTwelfth.Tours.Select(t => t.Tour.StartedAt));
        // P-2's tour was changed by its end, the entry after it.
        Assert.Equal(p2 + 1, onTheTwelfth.Tours[1].LastChangedAt);
        var cancelled = Run(s => ListTours.Run(s, new ToursRequest(null, new PersonId("P-3"), null)));
        Assert.Empty(cancelled.Tours);
        Assert.Equal("operation", Assert.Throws<ProblemException>(() =>
            Run(s => ListTours.Run(s, new ToursRequest("TST", null, null)))).Problem.Field);
    }

    [Fact]
    public void History_tells_each_entry_and_names_a_position_that_started_no_tour()
    {
        var (_, p2, p3) = Tours();
        var ended = Run(s => ReadHistory.Run(s, new HistoryRequest(p2)));
        Assert.Equal(["starts: P-2 for train, from 2025-07-10 (open)", "ends: last day 2025-07-20, was open"],
            ended.Told);
        Assert.Null(ended.CancelledAt);
        var cancelled = Run(s => ReadHistory.Run(s, new HistoryRequest(p3)));
        Assert.Null(cancelled.Now);
        Assert.StartsWith("cancelled: never served", cancelled.Told[^1]);
        var notATour = Assert.Throws<ProblemException>(() => Run(s => ReadHistory.Run(s, new HistoryRequest(p2 + 1))));
        Assert.Equal("tour", notATour.Problem.Field);
        Assert.Contains($"about the tour started at {p2}", notATour.Message);
    }

    [Fact]
    public void A_check_relying_on_a_clause_is_told_what_the_clause_leaves()
    {
        Tours();
        // On 12 July two serve: 1 more under the ceiling of 3, 2 more with the clause's 1, for at most 5 days.
        var check = Run(s => CheckDeployment.Run(s, new CheckRequest("TST", new DateInterval(July(12), July(13)), 2,
            Exception: CeilingExceptionKind.Rotation)));
        Assert.True(check.Decision.Authorised);
        Assert.Equal(1, check.Decision.Headroom);
        Assert.Equal(new ClauseRoom(CeilingExceptionKind.Rotation, 2, 5, 5), check.Clause);
        // Relying on none, there is nothing to say.
        var twelfth = new DateInterval(July(12), July(12));
        Assert.Null(Run(s => CheckDeployment.Run(s, new CheckRequest("TST", twelfth, 1))).Clause);
    }

    [Fact]
    public void The_clause_days_used_by_a_run_over_the_ceiling_just_before_are_not_left()
    {
        using (var session = Host.Open())
        {
            var ledger = session.Ledger();
            foreach (var p in new[] { "P-1", "P-2", "P-3" }) Written(ledger.Deploy(Tour(p, July(1), July(31))));
            // Over the ceiling from 10 to 12 July, on the rotation clause: 3 of its 5 days.
            Written(ledger.Deploy(Tour("P-4", July(10), July(12), exception: CeilingExceptionKind.Rotation)));
        }
        var thirteenth = new DateInterval(July(13), July(13));
        var check = Run(s => CheckDeployment.Run(s, new CheckRequest("TST", thirteenth, 1,
            Exception: CeilingExceptionKind.Rotation)));
        Assert.Equal(new ClauseRoom(CeilingExceptionKind.Rotation, 1, 2, 5), check.Clause);
    }

    [Fact]
    public void A_strength_chart_has_the_ledgers_steps_the_ceiling_and_the_days_over_it_on_a_clause()
    {
        using (var session = Host.Open())
        {
            var ledger = session.Ledger();
            foreach (var p in new[] { "P-1", "P-2", "P-3" }) Written(ledger.Deploy(Tour(p, July(1), July(31))));
            Written(ledger.Deploy(Tour("P-4", July(10), July(12), exception: CeilingExceptionKind.Rotation)));
        }
        var data = Run(s => ChartStrength.Run(s, new ChartStrengthRequest("tst", July(1), July(31))));
        Assert.Equal(new DateInterval(July(1), July(31)), data.Period);
        Assert.Equal([(July(1), 3), (July(10), 4), (July(13), 3)],
            data.Strength.Select(s => (s.Days.Start, s.Persons)));
        Assert.Equal([new CeilingStep(new DateInterval(July(1), July(31)), 3, "TST-1")], data.Ceilings);
        Assert.Equal([new DateInterval(July(10), July(12))], data.Exceptions);
        Assert.Empty(data.Votes);
        // Without days, the operation's life: from the day consent began (the vote of 10 January) to today.
        var life = Run(s => ChartStrength.Run(s, new ChartStrengthRequest("TST")));
        Assert.Equal(new LocalDate(2025, 1, 10), life.Period.Start);
        Assert.Equal([new MandateBoundary(new LocalDate(2025, 1, 10), "TST-1")], life.Mandates);
        Assert.Equal([VoteResult.Adopted], life.Votes.Select(v => v.Result));
    }

    [Fact]
    public void A_timeline_has_a_row_per_operation_with_its_authorised_days_and_ceiling()
    {
        var data = Run(s => ChartTimeline.Run(s, new TimelineRequest(To: July(31))));
        var row = Assert.Single(data.Operations);
        Assert.Equal(("TST", "UN"), (row.Operation, row.Lead));
        Assert.Equal([new AuthorisedSpan(new DateInterval(new LocalDate(2025, 1, 10), July(31)), 3, "TST-1")],
            row.Spans);
        Assert.Equal(ChartTimeline.FirstDay, data.Period.Start);
        var chain = Run(s => ChartTimeline.Run(s, new TimelineRequest(To: July(31), Chain: "tst")));
        Assert.Equal(("TST", new LocalDate(2025, 1, 10)), (chain.Chain, chain.Period.Start));
        Assert.Equal(["TST-1"], chain.Operations.Select(r => r.Operation));
    }

    [Fact]
    public void A_chart_whose_last_day_is_before_its_first_is_refused_naming_to()
    {
        var e = Assert.Throws<ProblemException>(() =>
            Run(s => ChartStrength.Run(s, new ChartStrengthRequest("TST", July(31), July(1)))));
        Assert.Equal(("to", "2025-07-01"), (e.Problem.Field, e.Problem.Value));
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryReadUseCaseTests : ReadUseCaseContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
