using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A revocation, without a host: only the governing mandate, once; the tours it leaves unlawful.</summary>
public abstract class RecordRevocationContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    [Fact]
    public void Only_the_governing_mandate_can_be_revoked()
    {
        using var session = sessions.Open();
        var problem = Refused(() => RecordRevocation.Run(session, new("KFOR-2024", Day(2026, 1, 10), "x")));
        Assert.Equal(("mandate", "KFOR-2024"), (problem.Field, problem.Value));
        Assert.EndsWith("a revocation withdraws the consent in force: expected mandate KFOR-2025.",
            problem.ToString());
    }

    [Fact]
    public void It_takes_effect_no_earlier_than_decided()
    {
        using var session = sessions.Open();
        var early = new RecordRevocationRequest("KFOR-2025", Day(2026, 2, 1), "x", Effective: Day(2026, 1, 1));
        var problem = Refused(() => RecordRevocation.Run(session, early));
        Assert.Equal("effective: '2026-01-01' is before date (2026-02-01); expected a day on or after it.",
            problem.ToString());
    }

    [Fact]
    public void A_revocation_names_the_tours_it_leaves_breaking_the_law_and_is_made_once()
    {
        using var session = sessions.Open();
        var ledger = session.Ledger();
        foreach (var person in new[] { "P-1", "P-2" })
            Assert.IsType<WriteOutcome.Written>(ledger.Deploy(new DeployRequest(new OperationId("KFOR"),
                new PersonId(person), "reconnaissance", Day(2026, 1, 5), null)));
        var result = RecordRevocation.Run(session, new("KFOR-2025", Day(2026, 9, 1), "x"));
        var broken = Assert.Single(result.ToursNowBreakTheLaw.Violations);
        Assert.Equal(("not-revoked", Day(2026, 9, 1)), (broken.Rule, broken.Days.Start));

        var again = Refused(() => RecordRevocation.Run(session, new("KFOR-2025", Day(2026, 10, 1), "x")));
        Assert.Contains("is already revoked (decided 2026-09-01)", again.ToString());
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordRevocationTests : RecordRevocationContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
