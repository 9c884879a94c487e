using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Benchmarks;

/// <summary>
/// `Authorise` on the bundled record (goal: median ≤ 20 µs for one day), each beside a naive way of
/// answering the same question in the same process:
/// - one day, against loading the record's YAML for every question (what a stateless script does);
/// - a year, against judging every day of it on its own (the period is cut only where the law changes).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AuthoriseBenchmarks
{
    private IReadOnlyList<RecordFile> files = [];
    private Authoriser authoriser = null!;
    private DeploymentRequest oneDay = null!;
    private DeploymentRequest oneYear = null!;
    private readonly IStrength strength = new ConstantStrength(120);

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        files = Storage.RecordFolder.Read(folder);
        authoriser = new Authoriser(RecordLoader.Load(files).Record!);
        var kfor = new OperationId("KFOR");
        oneDay = new DeploymentRequest(kfor, new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1)), 50) { Task = "reconnaissance", Area = "kosovo" };
        oneYear = new DeploymentRequest(kfor, new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30)), 50) { Task = "reconnaissance" };
    }

    [Benchmark, BenchmarkCategory("one day")]
    public bool Authorise_one_day() => authoriser.Authorise(oneDay, strength).Authorised;

    /// <summary>The same question asked as if for the first time: what the Authoriser remembers of the law is dropped first.</summary>
    [Benchmark, BenchmarkCategory("one day")]
    public bool Authorise_one_day_first_asked()
    {
        authoriser.Forget();
        return authoriser.Authorise(oneDay, strength).Authorised;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("one day")]
    public bool Naive_load_record_then_authorise_one_day() =>
        new Authoriser(RecordLoader.Load(files).Record!).Authorise(oneDay, strength).Authorised;

    [Benchmark, BenchmarkCategory("one year")]
    public bool Authorise_one_year() => authoriser.Authorise(oneYear, strength).Authorised;

    [Benchmark(Baseline = true), BenchmarkCategory("one year")]
    public bool Naive_authorise_one_year_day_by_day()
    {
        var authorised = true;
        for (var day = oneYear.Period.Start; day <= oneYear.Period.End; day = day.PlusDays(1))
            authorised &= authoriser.Authorise(new DeploymentRequest(oneYear.Operation, new DateInterval(day, day), oneYear.Persons) { Task = oneYear.Task }, strength).Authorised;
        return authorised;
    }
}
