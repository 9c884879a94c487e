using System.Runtime.InteropServices;

namespace Mandates.Core.Tests.Fuzz;

/// <summary>
/// The processor time the calling thread has used: what a case costs, whatever else the machine is doing (a
/// test machine shared by many builds stretches the clock on the wall tenfold, not a thread's own time).
/// </summary>
public static class ThreadTime
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>
    /// The thread's processor time so far; on a system without the clock, the time on the wall instead.
    /// </summary>
    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        return TimeSpan.FromTicks(System.Diagnostics.Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond
            / System.Diagnostics.Stopwatch.Frequency);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own; what it returned and the processor time it took.
    /// </summary>
    public static Task<(T Result, TimeSpan Took)> Measure<T>(Func<T> work) => Task.Factory.StartNew(() =>
    {
        var start = Now();
        var result = work();
        return (result, Now() - start);
    }, TaskCreationOptions.LongRunning);
}
