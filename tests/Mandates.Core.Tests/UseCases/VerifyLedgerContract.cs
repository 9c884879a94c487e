using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>verify as a use case: the chain recomputed, anchors checked, on a ledger in memory.</summary>
public abstract class VerifyLedgerContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    /// <summary>Sessions over a new store under the small law (a ceiling of 3) at its start, record folders in
    /// memory.</summary>
    private Sessions NewHost() => new(NewStore(), SmallLaw.Files()) { User = "tester" };

    [Fact]
    public void An_intact_ledger_gives_its_anchor_which_holds_afterwards_and_a_wrong_one_breaks_it()
    {
        var host = NewHost();
        Anchor head;
        using (var session = host.Open())
        {
            Written(session.Ledger().Deploy(Tour("P-1", July(1), July(31))));
            var result = VerifyLedger.Run(session, new VerifyLedgerRequest([]));
            Assert.True(result.Intact);
            Assert.Equal(host.Head, result.Chain.Checked);
            Assert.Null(result.Snapshot);
            head = result.Chain.Head;
        }
        using (var session = host.Open())
            Assert.True(VerifyLedger.Run(session, new VerifyLedgerRequest([head])).Intact);
        using (var session = host.Open())
        {
            var altered = new Anchor(head.Position, new string('a', 64));
            var wrong = VerifyLedger.Run(session, new VerifyLedgerRequest([altered]));
            Assert.False(wrong.Intact);
            Assert.Equal(head.Position, wrong.Chain.FirstBroken);
        }
    }

    [Theory]
    [InlineData("10", "'10' is not an anchor")]
    [InlineData("10:abc", "'10:abc' is not an anchor")]
    public void An_anchor_that_is_none_is_a_problem_about_the_anchor(string text, string says)
    {
        var problem = Assert.Throws<ProblemException>(() => VerifyLedger.Anchors([text])).Problem;
        Assert.Equal("anchor", problem.Field);
        Assert.StartsWith(says, problem.ToString()["anchor: ".Length..]);
    }

    [Fact]
    public void One_position_with_two_hashes_is_refused_and_the_same_anchor_twice_counts_once()
    {
        var (a, b) = ("5:" + new string('a', 64), "5:" + new string('b', 64));
        Assert.Single(VerifyLedger.Anchors([a, a.ToUpperInvariant()]));
        var problem = Assert.Throws<ProblemException>(() => VerifyLedger.Anchors([a, b])).Problem;
        Assert.Contains("position 5 is given twice, with two different hashes", problem.ToString());
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryVerifyLedgerTests : VerifyLedgerContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
