using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>deploy, end-tour, strength, audit and verify on a real SQLite file.</summary>
public class LedgerCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mandates-ledger-").FullName;
    private string Db => Path.Combine(folder, "ledger.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Cli.Run Run(params string[] args) => Cli.Invoke([.. args, "--db", Db]);

    [Fact]
    public void A_deployed_tour_counts_in_the_strength_and_in_check()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31");
        Assert.Equal(0, deploy.Exit);
        Assert.Contains("Written at ledger position 1", deploy.Out);
        Assert.True(File.Exists(Db));

        var strength = Run("strength", "KFOR", "--on", "2025-07-15", "--json");
        using (var json = JsonDocument.Parse(strength.Out))
        {
            var s = json.RootElement.GetProperty("stretches")[0];
            Assert.Equal(1, s.GetProperty("strength").GetInt32());
            Assert.Equal(399, s.GetProperty("headroom").GetInt32());
        }
        var check = Run("check", "KFOR", "--on", "2025-07-15", "--add", "400");
        Assert.Equal(1, check.Exit);
        Assert.Contains("1 deployed + 400 requested = 401 > 400", check.Out);
    }

    [Fact]
    public void A_refused_tour_writes_nothing_and_says_why()
    {
        var refused = Run("deploy", "KFOR", "--person", "P-4711", "--task", "air-policing", "--from", "2025-07-01");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("REFUSED", refused.Out);
        Assert.Contains("does not list the task 'air-policing'", refused.Out);
        Assert.Contains("Intact: 0 entries", Run("verify").Out);
    }

    [Theory]
    [InlineData(new[] { "deploy", "ISAF", "--person", "P-1", "--task", "t", "--from", "2025-07-01" }, "operation: 'ISAF' is not in the record")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "Hans Meier", "--task", "reconnaissance", "--from", "2025-07-01" }, "--person: 'Hans Meier' is not a pseudonymous service identifier")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-01" }, "--until: '2025-07-01' is before --from (2025-07-10)")]
    [InlineData(new[] { "end-tour", "--person", "P-4711", "--on", "2025-07-01" }, "--person: 'P-4711' has no tour covering 2025-07-01")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "yesterday" }, "--as-recorded-at: 'yesterday' is not an instant")]
    public void Bad_input_exits_2_names_the_value_and_writes_nothing(string[] args, string message)
    {
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Contains("Intact: 0 entries", Run("verify").Out);
    }

    [Fact]
    public void A_person_on_an_overlapping_tour_is_bad_input()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var again = Run("deploy", "KFOR", "--person", "P-4711", "--task", "hq-pristina", "--from", "2025-08-01");
        Assert.Equal(2, again.Exit);
        Assert.Contains("'P-4711' is already on a tour that overlaps", again.Err);
    }

    [Fact]
    public void Strength_as_recorded_at_an_earlier_instant_leaves_out_later_tours()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var now = Run("strength", "KFOR", "--on", "2025-07-01", "--json");
        var before = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z", "--json");
        using var nowJson = JsonDocument.Parse(now.Out);
        using var beforeJson = JsonDocument.Parse(before.Out);
        Assert.Equal(1, nowJson.RootElement.GetProperty("maxStrength").GetInt32());
        Assert.Equal(0, beforeJson.RootElement.GetProperty("maxStrength").GetInt32());
    }

    [Fact]
    public void End_tour_and_the_same_key_twice()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "order-7").Exit);
        var replay = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "order-7");
        Assert.Equal(0, replay.Exit);
        Assert.Contains("Already written at ledger position 1", replay.Out);
        Assert.Equal(0, Run("end-tour", "--person", "P-4711", "--on", "2025-07-20").Exit);
        var strength = Run("strength", "KFOR", "--from", "2025-07-19", "--to", "2025-07-22", "--json");
        using var json = JsonDocument.Parse(strength.Out);
        Assert.Equal([1, 0], json.RootElement.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("strength").GetInt32()));
        Assert.Equal(0, Run("audit").Exit);
        Assert.Contains("Intact: 2 entries", Run("verify").Out);
    }

    [Fact]
    public void A_correction_supersedes_a_tour_and_nothing_is_rewritten()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        var corrected = Run("correct-tour", "--tour", "1", "--from", "2025-07-05", "--until", "2025-07-31", "--reason", "arrived four days later");
        Assert.Equal(0, corrected.Exit);
        Assert.Contains("Written at ledger position 2 (tour-corrected)", corrected.Out);
        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2025-07-04", "--to", "2025-07-05", "--json").Out))
            Assert.Equal([0, 1], json.RootElement.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("strength").GetInt32()));
        Assert.Equal(0, Run("correct-tour", "--tour", "1", "--cancel", "--reason", "never deployed").Exit);
        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-10", "--json").Out))
            Assert.Equal(0, json.RootElement.GetProperty("maxStrength").GetInt32());
        Assert.Contains("Intact: 3 entries", Run("verify").Out);
        var bad = Run("correct-tour", "--tour", "99", "--cancel", "--reason", "x");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("there is no tour started at ledger position 99", bad.Err);
        var both = Run("correct-tour", "--tour", "1", "--cancel", "--from", "2025-07-01", "--reason", "x");
        Assert.Equal(2, both.Exit);
    }

    [Fact]
    public void Verify_names_the_first_altered_position()
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER events_are_never_updated; UPDATE events SET payload = replace(payload, 'P-0002', 'P-0003') WHERE position = 2;";
            command.ExecuteNonQuery();
        }
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains("BROKEN at position 2", verify.Out);
    }

    [Fact]
    public void Generated_history_is_lawful_verifiable_and_the_same_for_the_same_seed()
    {
        var generate = Run("generate", "--events", "3000", "--seed", "7", "--until", "2012-12-31");
        Assert.Equal(0, generate.Exit);
        Assert.Contains("Appended 3,000 entries (positions 1 to 3000)", generate.Out);
        Assert.Equal(0, Run("audit").Exit);
        Assert.Contains("Intact: 3000 entries", Run("verify").Out);

        var other = Path.Combine(folder, "other.db");
        Assert.Equal(0, Cli.Invoke("generate", "--events", "3000", "--seed", "7", "--until", "2012-12-31", "--db", other).Exit);
        Assert.Equal(Payloads(Db), Payloads(other));
        Assert.Equal(0, Cli.Invoke("generate", "--events", "3000", "--seed", "8", "--until", "2012-12-31", "--db", Path.Combine(folder, "third.db")).Exit);
        Assert.NotEqual(Payloads(Db), Payloads(Path.Combine(folder, "third.db")));
    }

    private static List<string> Payloads(string db)
    {
        using var store = new Mandates.Storage.SqliteEventStore(db);
        return store.ReadAfter(0).Select(e => e.Payload).ToList();
    }

    [Fact]
    public void A_malformed_database_address_is_bad_input()
    {
        var run = Cli.Invoke("verify", "--db", "postgres://nobody@/nowhere");
        Assert.Equal(2, run.Exit);
        Assert.Contains("is not a PostgreSQL address; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE", run.Err);
        var unreachable = Cli.Invoke("verify", "--db", "postgres://mandates@127.0.0.1:1/mandates");
        Assert.Equal(2, unreachable.Exit);
        Assert.Contains("cannot use the PostgreSQL server postgres://mandates@127.0.0.1:1/mandates", unreachable.Err);
    }
}
