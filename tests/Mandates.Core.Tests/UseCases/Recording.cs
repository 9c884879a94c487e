using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Core.Tests.UseCases;

/// <summary>What the tests of recorded decisions share: their sessions, days, and refusals.</summary>
public static class Recording
{
    /// <summary>3 January 2028 in Berlin: the decisions of 2026 and 2027 the tests record were taken.</summary>
    public static readonly Instant Now = Instant.FromUtc(2028, 1, 3, 9, 0);

    /// <summary>Sessions over <paramref name="store"/> and the bundled record at <see cref="Now"/>, the clock
    /// moving on a second at each reading; no snapshot is saved.</summary>
    public static Sessions Sessions(IStoreOpener store) =>
        new(store) { At = Now, Tick = Duration.FromSeconds(1), SnapshotAfter = int.MaxValue };

    /// <summary>A day, shorter.</summary>
    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    /// <summary>The problem a use case refused its request with.</summary>
    public static Problem Refused(Func<RecordResult> run) => Xunit.Assert.Throws<ProblemException>(run).Problem;
}
