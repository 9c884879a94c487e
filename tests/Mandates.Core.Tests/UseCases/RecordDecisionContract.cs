using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// What every decision recorded shares, without a host: no day after Berlin's today, no record folder, no
/// new tie, and a change made again when another writer changed the record meanwhile.
/// </summary>
public abstract class RecordDecisionContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    [Fact]
    public void A_decision_dated_after_Berlins_today_is_refused_before_the_store_is_opened()
    {
        using var session = sessions.Open();
        var problem = Assert.Throws<ProblemException>(() => RecordCabinet.Run(session,
            new("KFOR-2025", new LocalDate(2028, 1, 4), "x"))).Problem;
        Assert.Equal(("date", "2028-01-04"), (problem.Field, problem.Value));
        Assert.Contains("is after today (2028-01-03 in Berlin)", problem.ToString());
        Assert.Equal(0, sessions.Opened);
    }

    [Fact]
    public void Today_is_the_day_in_Berlin()
    {
        // 00:30 on 2028-01-04 in Berlin, while the UTC day is still 2028-01-03.
        using var session = sessions.Open(Instant.FromUtc(2028, 1, 3, 23, 30));
        var result = RecordRevocation.Run(session, new("KFOR-2025", Day(2028, 1, 4), "x"));
        Assert.Single(result.Entries);
    }

    [Fact]
    public void A_record_folder_is_refused_for_a_decision_is_recorded_in_the_stores_law()
    {
        using var session = sessions.Open(folder: ("elsewhere", "data"));
        var problem = Assert.Throws<ProblemException>(() => RecordCabinet.Run(session,
            new("KFOR-2025", new LocalDate(2025, 5, 1), "x"))).Problem;
        Assert.Equal(("data", "elsewhere"), (problem.Field, problem.Value));
        Assert.Equal(0, sessions.Head);
    }

    [Fact]
    public void A_vote_that_would_begin_two_consents_on_one_day_is_refused()
    {
        using var session = sessions.Open();
        RecordMotion.Run(session, new("KFOR", new("KFOR-2025b"), "Drucksache 21/231", "x"));
        var head = sessions.Head;
        var tie = Assert.Throws<ProblemException>(() => RecordVote.Run(session,
            new("KFOR-2025b", new LocalDate(2025, 6, 26), VoteResult.Adopted, "x")));
        Assert.Contains("this decision would leave the record unable to say which mandate governs", tie.Message);
        Assert.Equal(head, sessions.Head);
    }

    [Fact]
    public void A_decision_made_while_another_clerk_recorded_one_is_made_again_and_keeps_both()
    {
        using (var first = sessions.Open())
            RecordMotion.Run(first, new("KFOR", new("KFOR-2026"), "Drucksache 21/1", "x")
            {
                Distributed = Day(2026, 5, 22),
            });
        using var slow = sessions.Open();
        // This clerk read the law before the other one recorded the cabinet's decision.
        Assert.Null(slow.Law.Record().FindMandate("KFOR-2026")!.Cabinet);
        using (var other = sessions.Open())
            RecordCabinet.Run(other, new("KFOR-2026", new LocalDate(2026, 5, 20), "cabinet"));

        var vote = RecordVote.Run(slow, new("KFOR-2026", new LocalDate(2026, 6, 25), VoteResult.Adopted, "vote"));
        Assert.Single(vote.Entries);
        using var after = sessions.Open();
        var kfor2026 = after.Law.Record().FindMandate("KFOR-2026")!;
        Assert.Equal((Day(2026, 5, 20), Day(2026, 6, 25)), (kfor2026.Cabinet!.Date, kfor2026.Vote!.Date));
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordDecisionTests : RecordDecisionContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
