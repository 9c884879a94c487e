using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.RecordingSession;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A demand for debate, without a host.</summary>
public class RecordObjectionTests
{
    /// <summary>A store whose record holds KFOR-2026, a simplified motion distributed on 2 June 2026.</summary>
    private static Session WithSimplifiedMotion()
    {
        var session = new RecordingSession().Open();
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
