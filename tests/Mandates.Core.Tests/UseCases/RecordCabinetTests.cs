using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.RecordingSession;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A cabinet decision, without a host.</summary>
public class RecordCabinetTests
{
    private readonly RecordingSession sessions = new();

    [Fact]
    public void The_cabinet_decides_a_motion_once_and_before_it_is_distributed()
    {
        using var session = sessions.Open();
        var motion = new RecordMotionRequest("KFOR", new("KFOR-2028"), "Drucksache 21/2028", "x")
        {
            Distributed = Day(2027, 5, 1),
        };
        RecordMotion.Run(session, motion);
        var late = Refused(() => RecordCabinet.Run(session, new("KFOR-2028", Day(2027, 5, 2), "x")));
        Assert.Equal(("date", "2027-05-02"), (late.Field, late.Value));

        var result = RecordCabinet.Run(session, new("KFOR-2028", Day(2027, 4, 28), "x"));
        Assert.Equal(("cabinet", "cabinet decision on KFOR-2028"), (result.Decision, result.Recorded));
        var twice = Refused(() => RecordCabinet.Run(session, new("KFOR-2028", Day(2027, 4, 29), "x")));
        Assert.Contains("already has a cabinet decision (2027-04-28); the cabinet decides a motion once.",
            twice.ToString());
    }
}
