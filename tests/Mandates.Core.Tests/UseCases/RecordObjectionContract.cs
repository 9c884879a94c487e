using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A demand for debate, without a host.</summary>
public abstract class RecordObjectionContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    /// <summary>A store whose record holds KFOR-2026, a simplified motion distributed on 2 June 2026.</summary>
    private Session WithSimplifiedMotion()
    {
        var session = sessions.Open();
        RecordMotion.Run(session, new("KFOR", new("KFOR-2026"), "Drucksache 21/1", "x")
        {
            Procedure = Procedure.Simplified, Distributed = Day(2026, 6, 2),
        });
        return session;
    }

    [Fact]
    public void A_demand_within_seven_days_is_recorded_without_a_note()
    {
        using var session = WithSimplifiedMotion();
        var timely = RecordObjection.Run(session, new("KFOR-2026", Day(2026, 6, 5), "a group", "x"));
        Assert.Equal(("objection", "demand for debate on KFOR-2026", null),
            (timely.Decision, timely.Recorded, timely.Note));
    }

    [Fact]
    public void A_demand_after_the_seventh_day_is_recorded_with_a_note_that_it_came_too_late()
    {
        using var session = WithSimplifiedMotion();
        var late = RecordObjection.Run(session, new("KFOR-2026", Day(2026, 6, 12), "a group", "x"));
        Assert.Equal("made after the period for it ended on 2026-06-09, so under § 4(1) ParlBG it does not stop "
            + "the consent deemed given from 2026-06-10", late.Note);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordObjectionTests : RecordObjectionContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
