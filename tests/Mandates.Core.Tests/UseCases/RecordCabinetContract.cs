using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A cabinet decision, without a host.</summary>
public abstract class RecordCabinetContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

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

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordCabinetTests : RecordCabinetContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
