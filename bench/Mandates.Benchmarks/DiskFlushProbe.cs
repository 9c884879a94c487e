using System.Diagnostics;

namespace Mandates.Benchmarks;

/// <summary>
/// Measures the machine, not Mandates: how long a durable flush of a small write takes, depending on
/// how long the disk sat idle since the flush before it. A group commit spends its CPU between two
/// flushes, one transaction per deploy hardly any, so on a disk whose flushes slow down when idle the
/// two pay different prices for the same flush (docs/benchmarks.md, "The 20× goal").
/// <para>
/// Each sample writes what a SQLite commit of about 32 ledger rows writes to its WAL (six frames of
/// 24 + 4096 bytes, overwriting a file of 4 MB as a WAL does after its first checkpoint), then flushes
/// it (fsync). Before it, the CPU stays busy for the gap (a spin, as a committer checking requests
/// would be), so only the disk is idle. Each gap is kept for a block of samples, as a committer keeps
/// its rhythm, and the blocks take turns over several rounds, so drift over the run affects them alike.
/// </para>
/// </summary>
public static class DiskFlushProbe
{
    private const int Frames = 6;
    private const int FrameBytes = 24 + 4096;
    private const int FileBytes = 4 << 20;
    private static readonly int[] GapsMicroseconds = [0, 250, 500, 1000, 2000];

    private const int Rounds = 4;

    public static void Run(int samplesPerGap = 2000)
    {
        var folder = Directory.CreateTempSubdirectory("mandates-disk-probe-").FullName;
        try
        {
            using var file = File.OpenHandle(Path.Combine(folder, "wal"), FileMode.Create, FileAccess.ReadWrite);
            var frame = new byte[FrameBytes];
            Random.Shared.NextBytes(frame);
            for (long offset = 0; offset < FileBytes; offset += frame.Length) RandomAccess.Write(file, frame, offset);
            RandomAccess.FlushToDisk(file);

            var samples = GapsMicroseconds.ToDictionary(gap => gap, _ => new List<double>(samplesPerGap));
            long position = 0;
            for (var round = 0; round < Rounds; round++)
                foreach (var gap in round % 2 == 0 ? GapsMicroseconds : GapsMicroseconds.Reverse())
                    for (var i = 0; i < samplesPerGap / Rounds; i++)
                        samples[gap].Add(FlushAfter(file, frame, gap, ref position));

            Console.WriteLine($"Write of {Frames} WAL frames + fsync, {samplesPerGap} samples per gap, in blocks taking turns over {Rounds} rounds:");
            Console.WriteLine("| disk idle before (µs, CPU busy) | median (µs) | p10 | p90 |");
            Console.WriteLine("|---:|---:|---:|---:|");
            foreach (var (gap, times) in samples)
            {
                times.Sort();
                Console.WriteLine($"| {gap} | {times[times.Count / 2]:F0} | {times[times.Count / 10]:F0} | {times[times.Count * 9 / 10]:F0} |");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Keeps the CPU busy and the disk idle for the gap, then times one commit's writes and their flush.</summary>
    private static double FlushAfter(Microsoft.Win32.SafeHandles.SafeFileHandle file, byte[] frame, int gapMicroseconds, ref long position)
    {
        var idleUntil = Stopwatch.GetTimestamp() + gapMicroseconds * Stopwatch.Frequency / 1_000_000;
        while (Stopwatch.GetTimestamp() < idleUntil) Thread.SpinWait(20);
        var start = Stopwatch.GetTimestamp();
        for (var f = 0; f < Frames; f++, position += FrameBytes)
        {
            if (position + FrameBytes > FileBytes) position = 0;
            RandomAccess.Write(file, frame, position);
        }
        RandomAccess.FlushToDisk(file);
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}
