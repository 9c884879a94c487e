using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Testing;
using Mandates.Storage;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>generate for tests and benchmarks: fictional operations, returning persons, lawful and repeatable history, on a real SQLite file.</summary>
public class GenerateCommandTests() : LedgerTests("generate")
{

    /// <summary>Six years in which KFOR's ceiling is 400, so the fictional operations carry most of the history.</summary>
    private static string[] Generate(int events, int seed = 3, int operations = 30) =>
        ["generate", "--events", events.ToString(), "--seed", seed.ToString(), "--operations", operations.ToString(), "--from", "2019-07-01", "--until", "2025-06-30"];

    private sealed record GeneratedTour(string Operation, string Person, string From, string Until);

    private static List<GeneratedTour> Tours(string db) => Entries(db)
        .Where(e => e.Type == TourEvents.Started)
        .Select(e => (e.Operation!, LedgerPayload.Read<TourEvents.StartedPayload>(e)))
        .Select(t => new GeneratedTour(t.Item1, t.Item2.Person, t.Item2.From, t.Item2.Until!))
        .ToList();

    private static List<LedgerEvent> Entries(string db)
    {
        using var store = new SqliteEventStore(db);
        return store.ReadAfter(0).ToList();
    }

    [Fact]
    public void Thirty_fictional_operations_are_recorded_as_record_files_each_fact_sourced_and_unverified()
    {
        var run = Run(Generate(20_000));
        Assert.Equal(0, run.Exit);
        Assert.Contains($"Recorded the fictional operations GEN-01 to GEN-30 at positions {BundledRecordSize.FirstAfter} to {BundledRecordSize.FirstAfter + 29}", run.Out);
        Assert.Contains($"Appended 20,000 entries (positions {BundledRecordSize.FirstAfter + 30} to {BundledRecordSize.FirstAfter + 30 + 19_999})", run.Out);

        var list = Run("list", "--on", "2025-01-01");
        for (var i = 1; i <= 30; i++) Assert.Contains($"GEN-{i:D2}-1", list.Out);
        var show = Run("show", "GEN-07", "--on", "2025-01-01");
        Assert.Contains("fictional: written by the history generator (seed 3) for tests and benchmarks", show.Out);
        Assert.Contains("ceiling", show.Out);
        Assert.Contains("[unverified]", show.Out);

        // Ordinary record files: export writes them back like any other.
        var exported = Path.Combine(folder, "export");
        Assert.Equal(0, Run("export", exported).Exit);
        var gen07 = File.ReadAllText(Path.Combine(exported, "operations", "gen-07.yaml"));
        Assert.Contains("verified: false", gen07);
        Assert.Contains("note: \"Fictional:", gen07);
        Assert.Contains("date: 2019-07-01", gen07);
        Assert.Contains("end: open", gen07);
    }

    [Fact]
    public void Tours_spread_over_every_operation_persons_return_never_on_overlapping_tours_and_the_audit_finds_nothing()
    {
        Assert.Equal(0, Run(Generate(20_000)).Exit);
        var tours = Tours(Db);
        Assert.Equal(20_000, tours.Count);
        var operations = tours.Select(t => t.Operation).ToHashSet();
        Assert.True(operations.Count >= 31, $"tours in {operations.Count} operations");
        for (var i = 1; i <= 30; i++) Assert.Contains($"GEN-{i:D2}", operations);
        Assert.Contains("KFOR", operations);

        var persons = tours.GroupBy(t => t.Person).ToList();
        Assert.True(persons.Count < tours.Count / 2, $"{persons.Count} persons for {tours.Count} tours");
        Assert.True(persons.Count(p => p.Count() >= 3) >= 1_000, "at least a thousand persons serve three tours or more");
        foreach (var person in persons)
        {
            var served = person.OrderBy(t => t.From, StringComparer.Ordinal).ToList();
            for (var i = 1; i < served.Count; i++)
                Assert.True(string.CompareOrdinal(served[i].From, served[i - 1].Until) > 0, $"{person.Key} is on two overlapping tours: {served[i - 1]} and {served[i]}");
        }

        var audit = Run("audit");
        Assert.Equal(0, audit.Exit);
        Assert.Contains("No violation", audit.Out);
    }

    [Fact]
    public void Generated_entries_are_recorded_when_appended_so_as_recorded_before_the_run_shows_none_of_them()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-12-31").Exit);
        // The generator runs a day after the deploy; its tours are in 2019 to 2025.
        var generatedAt = Cli.Today.Plus(Duration.FromDays(1));
        Assert.Equal(0, CliApp.Run([.. Generate(5_000), "--db", Db], new StringWriter(), new StringWriter(), new FakeClock(generatedAt), isTerminal: false));

        var entries = Entries(Db);
        var generated = entries.Where(e => e.Type == TourEvents.Started && e.RecordedBy == "generator").ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, e => Assert.Equal(generatedAt, e.RecordedAt));
        for (var i = 1; i < entries.Count; i++)
            Assert.True(entries[i].RecordedAt >= entries[i - 1].RecordedAt, $"position {entries[i].Position} is recorded before the entry ahead of it");

        // As the ledger stood before the run: the one deploy, and none of the generated contingents.
        const string beforeTheRun = "2025-07-01T12:00:00Z";
        var generatedDay = Tours(Db).First(t => t.Operation == "KFOR" && t.Person != "P-4711").From;
        Assert.Equal(1, Strength("2025-07-01", beforeTheRun));
        Assert.Equal(0, Strength(generatedDay, beforeTheRun));
        Assert.True(Strength(generatedDay) > 0);
    }

    private int Strength(string day, string? asRecordedAt = null)
    {
        var run = Run(["strength", "KFOR", "--on", day, "--json", .. asRecordedAt is null ? Array.Empty<string>() : ["--as-recorded-at", asRecordedAt]]);
        Assert.Equal(0, run.Exit);
        return System.Text.Json.JsonDocument.Parse(run.Out).RootElement.GetProperty("maxStrength").GetInt32();
    }

    [Fact]
    public void The_same_seed_gives_the_same_ledger_hashes_and_another_seed_another_ledger()
    {
        Assert.Equal(0, Run(Generate(5_000)).Exit);
        var same = Path.Combine(folder, "same.db");
        var other = Path.Combine(folder, "other.db");
        Assert.Equal(0, Cli.Invoke([.. Generate(5_000), "--db", same]).Exit);
        Assert.Equal(0, Cli.Invoke([.. Generate(5_000, seed: 4), "--db", other]).Exit);
        Assert.Equal(Entries(Db).Select(e => e.Hash), Entries(same).Select(e => e.Hash));
        Assert.NotEqual(Entries(Db)[^1].Hash, Entries(other)[^1].Hash);
    }

    [Fact]
    public void Running_the_same_command_again_records_no_operation_twice_and_keeps_the_history_lawful()
    {
        Assert.Equal(0, Run(Generate(5_000)).Exit);
        var recordFiles = Entries(Db).Count(e => e.Type == RecordEvents.FileRecorded);
        var again = Run(Generate(5_000));
        Assert.Equal(0, again.Exit);
        Assert.Contains("The record already holds the fictional operations GEN-01 to GEN-30 as this command writes them.", again.Out);
        Assert.Equal(recordFiles, Entries(Db).Count(e => e.Type == RecordEvents.FileRecorded));
        Assert.Equal(0, Run("audit").Exit);
        foreach (var person in Tours(Db).GroupBy(t => t.Person))
        {
            var served = person.OrderBy(t => t.From, StringComparer.Ordinal).ToList();
            for (var i = 1; i < served.Count; i++)
                Assert.True(string.CompareOrdinal(served[i].From, served[i - 1].Until) > 0, $"{person.Key} is on two overlapping tours");
        }
    }

    [Fact]
    public void Fictional_operations_unlike_those_recorded_are_refused_and_nothing_is_written()
    {
        Assert.Equal(0, Run(Generate(2_000, operations: 3)).Exit);
        var before = Entries(Db).Count;
        var other = Run(Generate(4_000, operations: 3));
        Assert.Equal(2, other.Exit);
        Assert.Contains("--operations: '3' would write GEN-01, but the record already has GEN-01 with different content", other.Err);
        Assert.Equal(before, Entries(Db).Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("x")]
    public void A_bad_number_of_operations_exits_2_names_the_value_and_writes_nothing(string value)
    {
        Assert.Equal(0, Run("list").Exit);
        var before = Entries(Db).Count;
        var run = Run("generate", "--events", "1000", "--operations", value);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--operations: '{value}' is not a number of fictional operations; expected a whole number from 1 to 99, e.g. 30.", run.Err);
        Assert.Equal(before, Entries(Db).Count);
    }

    [Fact]
    public void Generating_under_a_record_folder_is_refused_before_the_store_is_created()
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, "data");
        var run = Run("generate", "--events", "1000", "--operations", "3", "--data", bundled);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--data: `generate` writes under the law the store holds, but '{bundled}' is a record folder", run.Err);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void A_history_too_short_for_the_entries_asked_says_so()
    {
        var run = Run("generate", "--events", "100000", "--from", "2025-07-01", "--until", "2025-08-31");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"Appended [\d,]+ entries \(positions " + BundledRecordSize.FirstAfter + @" to \d+\) to .*\. That is fewer than the 100,000 asked for: the history from 2025-07-01 to 2025-08-31 has no room for more tours", run.Out);
    }

    [Fact]
    public void A_large_generate_leaves_a_snapshot_that_verify_checks_against_the_ledger()
    {
        Assert.Equal(0, Run("generate", "--events", "60000", "--seed", "2").Exit);
        var head = Entries();
        var intact = Run("verify");
        Assert.Equal(0, intact.Exit);
        Assert.Contains($"and the snapshot at position {head} is exactly the entries folded up to it", intact.Out);
        var strength = Run("strength", "KFOR", "--on", "2005-01-01", "--json").Out;

        // The snapshot is outside the hash chain: alter it, and verify names it while the entries stay intact.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE snapshot_parts SET content = zeroblob(length(content)) WHERE part = 1";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var broken = Run("verify");
        Assert.Equal(1, broken.Exit);
        Assert.Contains($"BROKEN snapshot at position {head}", broken.Out);
        Assert.Contains("The entries themselves are intact", broken.Out);

        // Dropped, the next open folds the entries again and saves a true one: the same answers as before.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM snapshot_parts; DELETE FROM snapshots;";
            command.ExecuteNonQuery();
        }
        Assert.Equal(strength, Run("strength", "KFOR", "--on", "2005-01-01", "--json").Out);
        Assert.Equal(0, Run("verify").Exit);
    }

    [Fact]
    public void Generated_history_is_lawful_verifiable_and_the_same_for_the_same_seed()
    {
        var generate = Run("generate", "--events", "3000", "--seed", "7", "--until", "2012-12-31");
        Assert.Equal(0, generate.Exit);
        Assert.Contains("Appended 3,000 entries", generate.Out);
        Assert.Equal(0, Run("audit").Exit);
        Assert.Contains($"Intact: {Entries()} entries", Run("verify").Out);

        var other = Path.Combine(folder, "other.db");
        Assert.Equal(0, Cli.Invoke("generate", "--events", "3000", "--seed", "7", "--until", "2012-12-31", "--db", other).Exit);
        Assert.Equal(Payloads(Db), Payloads(other));
        Assert.Equal(0, Cli.Invoke("generate", "--events", "3000", "--seed", "8", "--until", "2012-12-31", "--db", Path.Combine(folder, "third.db")).Exit);
        Assert.NotEqual(Payloads(Db), Payloads(Path.Combine(folder, "third.db")));
    }

    [Fact]
    public void The_last_day_is_to_with_until_kept_as_its_old_name()
    {
        var to = Run("generate", "--events", "10", "--from", "2025-01-01", "--to", "2024-01-01");
        Assert.Equal(2, to.Exit);
        Assert.Contains("--to: '2024-01-01' is before --from (2025-01-01); expected a day on or after it.", to.Err);
        var both = Run("generate", "--events", "10", "--to", "2024-01-01", "--until", "2024-01-01");
        Assert.Equal(2, both.Exit);
        Assert.Contains("is given twice, as --to and by its old name --until", both.Err);
        Assert.False(File.Exists(Db), "a refused generate created the store");
        Assert.Equal(0, Run("generate", "--events", "10", "--to", "2012-12-31").Exit);
    }

    [Fact]
    public void A_store_that_fails_while_generate_appends_is_a_failing_store_exit_3()
    {
        var before = Filled();
        // As a full disk would: the database refuses every insert once generate begins to append.
        Sql("CREATE TRIGGER disk_full BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        var run = Run("generate", "--events", "100", "--seed", "1");
        Assert.Equal(3, run.Exit);
        Assert.Contains("failed while generate ran", run.Err);
        Assert.Contains("database or disk is full", run.Err);
        Assert.Equal(before, Entries());
    }
}
