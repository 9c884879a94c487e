using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A plenary vote, without a host: a mandate is voted once, and the counts go together.</summary>
public abstract class RecordVoteContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    [Fact]
    public void A_mandate_is_voted_once()
    {
        using var session = sessions.Open();
        session.Law.Record();
        var head = sessions.Head;
        var again = new RecordVoteRequest("KFOR-2025", Day(2025, 6, 26), VoteResult.Adopted, "x");
        var problem = Refused(() => RecordVote.Run(session, again));
        Assert.Equal("mandate", problem.Field);
        Assert.Contains("already has a vote (2025-06-26); the Bundestag votes once on a motion.", problem.ToString());
        Assert.Equal(head, sessions.Head);
    }

    [Fact]
    public void Counts_are_given_all_three_or_none_before_the_store_is_opened()
    {
        using var session = sessions.Open();
        var some = new RecordVoteRequest("KFOR-2025", Day(2025, 6, 26), VoteResult.Adopted, "x", Yes: 100, No: 20);
        var problem = Refused(() => RecordVote.Run(session, some));
        Assert.StartsWith("yes/no/abstentions: give all three counts or none", problem.ToString());
        Assert.Equal(0, sessions.Opened);
    }

    [Fact]
    public void A_vote_against_the_counts_is_refused_naming_the_result()
    {
        using var session = sessions.Open();
        RecordMotion.Run(session, new("KFOR", new MandateId("KFOR-2026"), "Drucksache 21/1", "x"));
        var vote = new RecordVoteRequest("KFOR-2026", Day(2026, 6, 25), VoteResult.Adopted, "x", 1, 500, 0);
        var problem = Refused(() => RecordVote.Run(session, vote));
        Assert.Equal("result", problem.Field);
        Assert.EndsWith("Nothing was written.", problem.ToString());
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordVoteTests : RecordVoteContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
