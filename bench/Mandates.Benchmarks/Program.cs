using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `--disk-probe` measures the machine's disk (how a flush slows after idle time), not Mandates.
if (args.Contains("--disk-probe"))
{
    Mandates.Benchmarks.DiskFlushProbe.Run();
    return;
}

// `--smoke` runs every benchmark briefly (CI proves they still run); without it, a full in-process run.
var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
var job = smoke
    ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(25)).WithWarmupCount(1).WithIterationCount(3)
    : Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true));
var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
