using BenchmarkDotNet.Attributes;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;
using NodaTime;
using Npgsql;

namespace Mandates.Benchmarks;

/// <summary>
/// Deploys with the full check, 32 writers at once on one hot operation, on a durable PostgreSQL server
/// (fsync on: every commit reaches the disk; the server's address in MANDATES_BENCH_POSTGRES, e.g. from
/// <c>scripts/postgres start DIR PORT --durable</c>): group commit (<see cref="TourLedger.DeployAsync"/> on a
/// <see cref="PostgresEventStore"/>) beside what a straightforward application does, one transaction per
/// deploy: lock the operation's row (<c>SELECT … FOR UPDATE</c>), compute the strength over the tour's
/// period from a table of tours by SQL, check that the person is on no overlapping tour, ask the same
/// <see cref="Authoriser"/>, insert the tour, commit. One operation of the benchmark is 32 writers × 8
/// deploys = 256 deploys; deploys per second = 256 / time.
/// <para>
/// The hot operation's ceiling is never reached, so every deploy is written and the run measures
/// throughput. That the ceiling holds under contention is proven in the setup instead: both paths take
/// the same 256 requests against an operation with a ceiling of 100, and exactly 100 must be written.
/// After every run both must show no violation: the audit, and for the naive tables SQL counting the
/// tours on every day (which must also find exactly as many as were written).
/// </para>
/// Each benchmark starts in a fresh database, dropped afterwards. Without MANDATES_BENCH_POSTGRES it
/// says so and measures nothing.
/// </summary>
[MedianColumn]
[IterationCount(8)]
[WarmupCount(1)]
[InvocationCount(1)]
public class PostgresDeployBenchmarks
{
    public const string Variable = "MANDATES_BENCH_POSTGRES";
    private const int Writers = 32;
    private const int PerWriter = 8;
    private const int HotCeiling = 1_000_000;
    private const int FullCeiling = 100;
    private static readonly OperationId Hot = new("HOT");
    private static readonly OperationId Full = new("FULL");
    private static readonly LocalDate From = new(2025, 7, 1);
    private static readonly LocalDate Until = new(2025, 12, 31);

    private string? server;
    private string database = "";
    private Authoriser authoriser = null!;
    private PostgresEventStore store = null!;
    private TourLedger ledger = null!;
    private NpgsqlDataSource naive = null!;
    private int next;
    private int ledgerWritten;

    [GlobalSetup]
    public void Setup()
    {
        server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(server))
        {
            server = null;
            Console.WriteLine($"// {nameof(PostgresDeployBenchmarks)}: {Variable} is not set, nothing is measured. Start a durable server with "
                + "`scripts/postgres start DIR PORT --durable` and set it to the address printed, e.g. postgres://postgres@127.0.0.1:55434/postgres");
            return;
        }
        database = "bench_" + Guid.NewGuid().ToString("N")[..12];
        Admin($"CREATE DATABASE {database}");
        var url = server[..server.LastIndexOf('/')] + "/" + database;

        authoriser = Law(HotCeiling);
        store = new PostgresEventStore(url);
        ledger = new TourLedger(store, authoriser, SystemClock.Instance, "bench");
        naive = NpgsqlDataSource.Create(PostgresEventStore.ParseUrl(url));
        Sql("""
            CREATE SCHEMA naive;
            CREATE TABLE naive.operations (id TEXT PRIMARY KEY);
            INSERT INTO naive.operations VALUES ('HOT'), ('FULL');
            CREATE TABLE naive.tours (
                id BIGSERIAL PRIMARY KEY, person TEXT NOT NULL, operation TEXT NOT NULL REFERENCES naive.operations,
                task TEXT NOT NULL, from_day DATE NOT NULL, until_day DATE NOT NULL);
            CREATE INDEX ON naive.tours (operation, from_day, until_day);
            CREATE INDEX ON naive.tours (person, from_day, until_day);
            """);
        var settings = $"fsync={Sql("SHOW fsync")}, synchronous_commit={Sql("SHOW synchronous_commit")}";
        Console.WriteLine($"// PostgreSQL {Sql("SHOW server_version")} at {store.Description}: {settings}"
            + (settings == "fsync=on, synchronous_commit=on" ? "" : " — NOT durable: these are not the figures of the goal"));

        // The ceiling holds under contention: 256 requests against a ceiling of 100, exactly 100 written, on both paths.
        var byLedger = Run(Full, Ledger).GetAwaiter().GetResult();
        var byNaive = Run(Full, Naive).GetAwaiter().GetResult();
        var violations = Audit.Run(authoriser, ledger.State).Count;
        var naiveMax = MaxDailyStrength(Full);
        Console.WriteLine($"// at a ceiling of {FullCeiling}: group commit wrote {byLedger} ({violations} violations), naive wrote {byNaive} (at most {naiveMax} on a day)");
        if (byLedger != FullCeiling || byNaive != FullCeiling || violations > 0 || naiveMax != FullCeiling)
            throw new InvalidOperationException("the ceiling did not hold exactly under contention");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (server is null) return;
        // No violation; and each check must see every tour written (the audit fails one below that many).
        var violations = Audit.Run(authoriser, ledger.State).Count;
        var audited = ledgerWritten == 0 || Audit.Run(Law(ledgerWritten - 1), ledger.State).Count > 0;
        var naiveTours = Convert.ToInt32(Sql("SELECT COUNT(*) FROM naive.tours WHERE operation = 'HOT'"));
        var naiveMax = MaxDailyStrength(Hot);
        Console.WriteLine($"// after the run: group commit {ledgerWritten} deploys, {violations} violations; naive {naiveTours} deploys, at most {naiveMax} on a day (ceiling {HotCeiling})");
        ledger.Dispose();
        store.Dispose();
        naive.Dispose();
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        if (violations > 0 || !audited || naiveMax > HotCeiling || naiveMax != naiveTours)
            throw new InvalidOperationException("the benchmark let a violation through, or a check did not see every tour");
    }

    [Benchmark]
    public async Task Group_commit_256_deploys_by_32_writers()
    {
        if (server is null) return;
        var written = await Run(Hot, Ledger);
        Interlocked.Add(ref ledgerWritten, written);
        if (written != Writers * PerWriter) throw new InvalidOperationException("a deploy was refused");
    }

    [Benchmark(Baseline = true)]
    public async Task Select_for_update_per_deploy_256_deploys_by_32_writers()
    {
        if (server is null) return;
        if (await Run(Hot, Naive) != Writers * PerWriter) throw new InvalidOperationException("a deploy was refused");
    }

    /// <summary>32 writers, each deploying 8 persons in turn on the operation; how many were written.</summary>
    private async Task<int> Run(OperationId operation, Func<DeployRequest, Task<bool>> deploy)
    {
        var written = 0;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
                if (await deploy(new(operation, new PersonId($"P-{Interlocked.Increment(ref next):D8}"), "patrol", From, Until)))
                    Interlocked.Increment(ref written);
        })));
        return written;
    }

    private async Task<bool> Ledger(DeployRequest request) => await ledger.DeployAsync(request) switch
    {
        WriteOutcome.Written => true,
        WriteOutcome.Refused => false,
        var other => throw new InvalidOperationException($"unexpected: {other}"),
    };

    /// <summary>The naive deploy: one transaction that locks the operation's row and checks in SQL.</summary>
    private async Task<bool> Naive(DeployRequest request)
    {
        var (operation, person, from, until) = (request.Operation.Value, request.Person.Value, request.From.ToDateOnly(), request.Until!.Value.ToDateOnly());
        await using var connection = await naive.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("operation", operation);
            command.Parameters.AddWithValue("person", person);
            command.Parameters.AddWithValue("task", request.Task);
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("until", until);
            return command;
        }

        await using (var lockRow = Command("SELECT id FROM naive.operations WHERE id = @operation FOR UPDATE"))
            await lockRow.ExecuteScalarAsync();
        await using (var overlap = Command("SELECT EXISTS (SELECT 1 FROM naive.tours WHERE person = @person AND from_day <= @until AND until_day >= @from)"))
            if ((bool)(await overlap.ExecuteScalarAsync())!) throw new InvalidOperationException($"{person} is already on a tour");
        // The strength over the period by SQL: +1 on each overlapping tour's first day, −1 the day after its
        // last, summed in order of days, gives the strength from each day where it changes until the next.
        var steps = new List<(LocalDate Day, int Strength)>();
        await using (var strength = Command("""
            SELECT day, (SUM(SUM(delta)) OVER (ORDER BY day))::int FROM (
                SELECT GREATEST(from_day, @from) AS day, 1 AS delta FROM naive.tours
                    WHERE operation = @operation AND from_day <= @until AND until_day >= @from
                UNION ALL
                SELECT until_day + 1, -1 FROM naive.tours
                    WHERE operation = @operation AND from_day <= @until AND until_day >= @from AND until_day < @until) AS changes
            GROUP BY day ORDER BY day
            """))
        await using (var reader = await strength.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                steps.Add((LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(0)), reader.GetInt32(1)));
        var decision = authoriser.Authorise(new DeploymentRequest(request.Operation, new DateInterval(request.From, request.Until!.Value), 1)
        {
            Task = request.Task,
        }, new StepStrength(steps));
        if (!decision.Authorised) return false; // disposing the transaction rolls it back
        await using (var insert = Command("INSERT INTO naive.tours (person, operation, task, from_day, until_day) VALUES (@person, @operation, @task, @from, @until)"))
            await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>The strength as the SQL returned it: from each day on, until the next day listed (0 before the first).</summary>
    private sealed class StepStrength(List<(LocalDate Day, int Strength)> steps) : IStrength
    {
        public int On(LocalDate day) => steps.LastOrDefault(s => s.Day <= day).Strength;

        public int MaxOver(DateInterval period) =>
            steps.Where(s => s.Day > period.Start && s.Day <= period.End).Select(s => s.Strength).Append(On(period.Start)).Max();
    }

    /// <summary>The check of the naive tables, by SQL: the most tours of the operation on any one day.</summary>
    private int MaxDailyStrength(OperationId operation) => Convert.ToInt32(Sql($"""
        SELECT COALESCE(MAX(strength), 0) FROM (
            SELECT day, COUNT(*) AS strength FROM naive.tours, generate_series(from_day, until_day, interval '1 day') AS day
            WHERE operation = '{operation.Value}' GROUP BY day) AS daily
        """));

    /// <summary>The law of the benchmark: the hot operation with the given ceiling, and one whose ceiling of 100 is reached.</summary>
    private static Authoriser Law(int hotCeiling) => new(RecordLoader.Load([Operation(Hot, hotCeiling), Operation(Full, FullCeiling)]).Record!);

    private static RecordFile Operation(OperationId id, int ceiling) => new($"operations/{id.Value.ToLowerInvariant()}.yaml", $$"""
        id: {{id.Value}}
        name: An operation for benchmarks
        lead: UN
        source: generated for benchmarks
        mandates:
          - id: {{id.Value}}-1
            procedure: regular
            source: generated for benchmarks
            vote: {date: 2020-01-01, result: adopted}
            end: open
            ceiling: {{ceiling}}
            tasks: [{key: patrol, title: Patrol}]
        """);

    private object? Sql(string sql)
    {
        using var command = naive.CreateCommand(sql);
        return command.ExecuteScalar();
    }

    private void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(PostgresEventStore.ParseUrl(server!).ConnectionString);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }
}
