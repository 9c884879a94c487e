using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Mandates.Benchmarks;

/// <summary>
/// "Strength on a day" and "max over a period" on a large generated history (30 operations, contingents
/// rotating every 4 to 6 months since 2000): the ledger's in-memory <see cref="StrengthIndex"/>, beside
/// the same question asked of SQLite with an index on the tours (operation, first day, last day).
/// The history size is MANDATES_BENCH_TOURS (default 1,000,000 tours).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StrengthBenchmarks
{
    private static readonly Lazy<History> Shared = new(History.Build);

    private History history = null!;
    private SqliteCommand onDay = null!;
    private SqliteCommand overPeriod = null!;
    private LocalDate Day => history.Day;
    private DateInterval Quarter => new(history.Day.PlusDays(-45), history.Day.PlusDays(44));

    [GlobalSetup]
    public void Setup()
    {
        history = Shared.Value;
        onDay = history.Sql.CreateCommand();
        onDay.CommandText = "SELECT COUNT(*) FROM tours WHERE operation = 'OP07' AND from_day <= $day AND until_day >= $day";
        onDay.Parameters.AddWithValue("$day", Day.ToString("R", null));
        overPeriod = history.Sql.CreateCommand();
        overPeriod.CommandText = "SELECT from_day, until_day FROM tours WHERE operation = 'OP07' AND from_day <= $end AND until_day >= $start";
        overPeriod.Parameters.AddWithValue("$start", Quarter.Start.ToString("R", null));
        overPeriod.Parameters.AddWithValue("$end", Quarter.End.ToString("R", null));
    }

    [Benchmark, BenchmarkCategory("strength on a day")]
    public int Index_strength_on_a_day() => history.Strength.On(Day);

    [Benchmark(Baseline = true), BenchmarkCategory("strength on a day")]
    public int Sql_strength_on_a_day() => Convert.ToInt32(onDay.ExecuteScalar());

    [Benchmark, BenchmarkCategory("max over a quarter")]
    public int Index_max_over_a_quarter() => history.Strength.MaxOver(Quarter);

    [Benchmark(Baseline = true), BenchmarkCategory("max over a quarter")]
    public int Sql_max_over_a_quarter()
    {
        // SQL finds the overlapping tours by index; the daily maximum is then a sweep over them.
        var delta = new int[Quarter.Length + 1];
        using var reader = overPeriod.ExecuteReader();
        while (reader.Read())
        {
            var from = LocalDate.FromDateTime(DateTime.Parse(reader.GetString(0)));
            var until = LocalDate.FromDateTime(DateTime.Parse(reader.GetString(1)));
            delta[Math.Max(0, Period.DaysBetween(Quarter.Start, from))]++;
            delta[Math.Min(Quarter.Length, Period.DaysBetween(Quarter.Start, until) + 1)]--;
        }
        int max = 0, running = 0;
        for (var i = 0; i < Quarter.Length; i++) max = Math.Max(max, running += delta[i]);
        return max;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        onDay.Dispose();
        overPeriod.Dispose();
    }

    /// <summary>The generated history: its strength index, the same tours in SQLite, and a day in the thick of it.</summary>
    private sealed record History(IStrength Strength, SqliteConnection Sql, LocalDate Day)
    {
        public static History Build()
        {
            var tours = int.TryParse(Environment.GetEnvironmentVariable("MANDATES_BENCH_TOURS"), out var n) ? n : 1_000_000;
            var files = Enumerable.Range(0, 30).Select(i => new RecordFile($"operations/op{i:D2}.yaml", $$"""
                id: OP{{i:D2}}
                name: Operation {{i}}
                lead: UN
                source: generated for benchmarks
                mandates:
                  - id: OP{{i:D2}}-1
                    procedure: regular
                    source: generated for benchmarks
                    vote: {date: 2000-01-01, result: adopted}
                    end: open
                    ceiling: 20000
                    tasks: [{key: patrol, title: Patrol}]
                """)).ToList();
            var record = RecordLoader.Load(files).Record ?? throw new InvalidOperationException("the benchmark record does not load");
            var state = new LedgerState();
            var sql = new SqliteConnection("Data Source=:memory:");
            sql.Open();
            using (var create = sql.CreateCommand())
            {
                create.CommandText = "CREATE TABLE tours (operation TEXT NOT NULL, from_day TEXT NOT NULL, until_day TEXT NOT NULL)";
                create.ExecuteNonQuery();
            }
            var lastStart = default(LocalDate);
            using (var transaction = sql.BeginTransaction())
            using (var insert = sql.CreateCommand())
            {
                insert.CommandText = "INSERT INTO tours VALUES ($op, $from, $until)";
                var op = insert.Parameters.Add("$op", SqliteType.Text);
                var from = insert.Parameters.Add("$from", SqliteType.Text);
                var until = insert.Parameters.Add("$until", SqliteType.Text);
                var position = 0L;
                foreach (var e in HistoryGenerator.Generate(new Authoriser(record), 7, new LocalDate(2000, 1, 1), new LocalDate(2025, 12, 31)).Take(tours))
                {
                    var entry = new LedgerEvent(++position, e.Type, e.Operation, e.ValidOn, e.RecordedAt, e.RecordedBy, null, e.Payload, "", "");
                    state.Apply(entry);
                    var p = LedgerPayload.Read<TourEvents.StartedPayload>(entry);
                    (op.Value, from.Value, until.Value) = (e.Operation, p.From, p.Until);
                    lastStart = e.ValidOn;
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            using (var index = sql.CreateCommand())
            {
                index.CommandText = "CREATE INDEX tours_by_operation_and_days ON tours (operation, from_day, until_day)";
                index.ExecuteNonQuery();
            }
            // Half a year before the last contingent began, every operation is fully manned.
            return new History(state.StrengthOf(new OperationId("OP07")), sql, lastStart.PlusDays(-180));
        }
    }
}
