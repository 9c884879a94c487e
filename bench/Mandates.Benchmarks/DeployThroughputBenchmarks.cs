using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;
using NodaTime;

namespace Mandates.Benchmarks;

/// <summary>
/// Deploys with the full check, 32 writers at once on one hot operation, into a durable SQLite file
/// (WAL, synchronous=FULL: every commit reaches the disk): group commit (<see cref="TourLedger.DeployAsync"/>)
/// beside one transaction per deploy (<see cref="TourLedger.Deploy"/>). One operation of the benchmark
/// is 32 writers × 8 deploys = 256 deploys; deploys per second = 256 / time. After the run the audit
/// must find no violation.
/// </summary>
[MedianColumn]
// Measured in the steady state of a ledger that deploys all day: warmed up with 300 × 256 deploys, for
// the JIT optimises the commit path only after many calls (a group commit calls its per-batch code a
// few times per 256 deploys); the first hundred rounds run up to twice as slow. Both paths get the same.
[WarmupCount(300)]
[IterationCount(20)]
[InvocationCount(1)]
public class DeployThroughputBenchmarks
{
    private const int Writers = 32;
    private const int PerWriter = 8;

    private string folder = "";
    private SqliteEventStore store = null!;
    private TourLedger ledger = null!;
    private Authoriser authoriser = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var record = RecordLoader.Load([new RecordFile("operations/hot.yaml", """
            id: HOT
            name: A hot operation
            lead: UN
            source: generated for benchmarks
            mandates:
              - id: HOT-1
                procedure: regular
                source: generated for benchmarks
                vote: {date: 2020-01-01, result: adopted}
                end: open
                ceiling: 1000000
                tasks: [{key: patrol, title: Patrol}]
            """)]).Record!;
        authoriser = new Authoriser(record);
        folder = Directory.CreateTempSubdirectory("mandates-bench-").FullName;
        store = new SqliteEventStore(Path.Combine(folder, "ledger.db"));
        ledger = new TourLedger(store, authoriser, SystemClock.Instance, "bench");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var violations = Audit.Run(authoriser, ledger.State);
        Console.WriteLine($"// audit after the run: {ledger.State.Head} entries, {violations.Count} violations");
        if (violations.Count > 0) throw new InvalidOperationException("the benchmark let a violation through");
        ledger.Dispose();
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private DeployRequest Next() =>
        new(new OperationId("HOT"), new PersonId($"P-{Interlocked.Increment(ref next):D8}"), "patrol", new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31));

    [Benchmark]
    public async Task Group_commit_256_deploys_by_32_writers() =>
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
                if (await ledger.DeployAsync(Next()) is not WriteOutcome.Written) throw new InvalidOperationException("a deploy was refused");
        })));

    /// <summary>
    /// Not the goal's measure (there each writer waits for its deploy): each writer sends its 8 at once,
    /// as a clerk submitting a rotation would, which shows what one durable commit can carry.
    /// </summary>
    [Benchmark]
    public async Task Group_commit_256_deploys_by_32_writers_each_sending_8_at_once() =>
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            foreach (var outcome in await Task.WhenAll(Enumerable.Range(0, PerWriter).Select(_ => ledger.DeployAsync(Next()))))
                if (outcome is not WriteOutcome.Written) throw new InvalidOperationException("a deploy was refused");
        })));

    [Benchmark(Baseline = true)]
    public async Task One_transaction_per_deploy_256_deploys_by_32_writers() =>
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < PerWriter; i++)
                if (ledger.Deploy(Next()) is not WriteOutcome.Written) throw new InvalidOperationException("a deploy was refused");
        })));
}
