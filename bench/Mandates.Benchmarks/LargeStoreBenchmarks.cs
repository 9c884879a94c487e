using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mandates.Cli;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;

namespace Mandates.Benchmarks;

/// <summary>
/// Opening a large store and auditing all of it. The store is MANDATES_BENCH_STORE (a SQLite file made by
/// <c>mandates generate</c>), or else a store of 20,000 entries generated in the setup (for the smoke run).
/// <list type="bullet">
/// <item>Open: the newest snapshot and the entries after it, beside folding every entry from the first.</item>
/// <item>Audit: one pass over the tours with the law cut where it changes, beside authorising each tour's period on its own.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[WarmupCount(0)]
[IterationCount(3)]
[InvocationCount(1)]
public class LargeStoreBenchmarks
{
    private string? folder;
    private IEventStore store = null!;
    private LedgerState state = null!;
    private Authoriser authoriser = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("MANDATES_BENCH_STORE");
        if (path is null)
        {
            folder = Directory.CreateTempSubdirectory("mandates-bench-").FullName;
            path = Path.Combine(folder, "store.db");
            var exit = CliApp.Run(["generate", "--events", "20000", "--seed", "1", "--operations", "30", "--from", "2000-01-01", "--until", "2025-06-30", "--db", path],
                TextWriter.Null, Console.Error, isTerminal: false);
            if (exit != 0) throw new InvalidOperationException($"generate failed with exit {exit}");
        }
        store = new SqliteEventStore(path);
        state = LedgerSnapshot.Open(store);
        authoriser = new Authoriser(RecordLoader.Load(RecordEvents.Files(state)).Record!);
        Console.WriteLine($"// store {path}: {state.Head:N0} entries, {state.Tours.Count():N0} tours");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (folder is not null) Directory.Delete(folder, recursive: true);
    }

    [Benchmark, BenchmarkCategory("open")]
    public long Open_from_the_snapshot() => LedgerSnapshot.Open(store, saveAfter: int.MaxValue).Head;

    [Benchmark(Baseline = true), BenchmarkCategory("open")]
    public long Open_by_folding_every_entry() => LedgerState.Of(store.ReadAfter(0)).Head;

    [Benchmark, BenchmarkCategory("audit")]
    public int Audit_in_one_pass() => Audit.Run(authoriser, state).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("audit")]
    public int Audit_tour_by_tour()
    {
        // The straightforward re-check: every tour's whole period authorised on its own, with its task and area.
        var refused = 0;
        foreach (var tour in state.Tours)
        {
            var period = new NodaTime.DateInterval(tour.From, tour.Until ?? StrengthIndex.LastDay);
            var decision = authoriser.Authorise(new DeploymentRequest(tour.Operation, period, 0)
            {
                Task = tour.Task, Area = tour.Area, Exception = tour.Exception,
            }, state.StrengthOf(tour.Operation));
            if (!decision.Authorised) refused++;
        }
        return refused;
    }
}
