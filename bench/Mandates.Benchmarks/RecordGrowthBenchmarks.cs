using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Mandates.Benchmarks;

/// <summary>
/// Whether the answers slow down as the record grows fifteenfold (goal: `check` on an existing store at most 1.25×
/// today's), each measured as a whole process, the way a user runs it, with today's two-operation record and with a
/// grown one (<see cref="GrownRecord"/>: 30 operations, 330 mandates) in the same run:
/// - `mandates check KFOR …` on an existing store that holds the record;
/// - the same on a new store, which the command creates and fills with the bundled record (each iteration a new one).
/// Each record is the bundled record of its own copy of the built program (src/Mandates.Cli/bin/Release/net10.0,
/// without its linux-x64/ publish folder), so both run the same code.
/// </summary>
[MedianColumn]
[InvocationCount(1, 1)]
public class RecordGrowthBenchmarks
{
    [Params("today", "grown")]
    public string Record { get; set; } = "today";

    private static readonly string[] Check =
        ["check", "KFOR", "--on", "2025-07-01", "--add", "50", "--task", "reconnaissance"];

    private string root = "";
    private string program = "";
    private string existing = "";
    private string fresh = "";

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory($"mandates-growth-{Record}-").FullName;
        var built = Path.Combine(RepositoryRoot(), "src", "Mandates.Cli", "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(built, "mandates.dll")))
            throw new InvalidOperationException($"Build the program first: no mandates.dll in {built}.");
        program = Path.Combine(root, "program");
        CopyProgram(built, program);
        if (Record == "grown")
        {
            var data = Path.Combine(program, "data");
            var today = Path.Combine(root, "today-data");
            Directory.Move(data, today);
            GrownRecord.Write(today, data);
        }
        existing = Path.Combine(root, "existing.db");
        Run([.. Check, "--db", existing]); // creates and fills it
        Run([.. Check, "--db", existing]); // and opens it once as it will be opened
    }

    [IterationSetup(Target = nameof(Check_on_a_new_store))]
    public void NewStore()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, $"new-{Guid.NewGuid():N}"));
        fresh = Path.Combine(folder.FullName, "new.db");
    }

    [Benchmark]
    public int Check_on_an_existing_store() => Run([.. Check, "--db", existing]);

    [Benchmark]
    public int Check_on_a_new_store() => Run([.. Check, "--db", fresh]);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    /// <summary>Runs the program as a user would; anything but an authorised answer (exit code 0) stops the
    /// benchmark.</summary>
    private int Run(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(program, "mandates"), args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root,
        };
        foreach (var variable in new[] { "MANDATES_DB", "MANDATES_DATA", "MANDATES_USER" })
            start.Environment.Remove(variable);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"mandates {string.Join(' ', args)} exited {process.ExitCode}: {output}{error.Result}");
        return output.Length;
    }

    private static void CopyProgram(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("linux-x64" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target); // on Unix with its mode: the apphost stays executable
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Mandates.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("Mandates.slnx was not found above the benchmark's folder.");
    }
}
