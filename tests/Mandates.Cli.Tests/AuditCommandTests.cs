using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>audit: what broke the law among the tours recorded, even what came into the ledger past deploy's checks.</summary>
public class AuditCommandTests() : LedgerTests("audit")
{
    [Fact]
    public void The_audit_finds_a_person_on_two_tours_at_once_that_came_in_past_the_checks()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0009", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        Assert.Equal(2, Run("deploy", "KFOR", "--person", "P-0009", "--task", "reconnaissance", "--from", "2025-07-20").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0010", "--task", "reconnaissance", "--from", "2025-09-01", "--until", "2025-09-30").Exit);
        var first = Entries();

        // Another writer (an older program, say) appends overlapping tours with a sound hash chain: one
        // starting inside P-0009's tour, one recorded after P-0010's but starting before it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
        {
            static Mandates.Core.Ledger.NewEvent Started(string person, string from, string until) => new(Mandates.Core.Ledger.TourEvents.Started, "KFOR",
                NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value, NodaTime.SystemClock.Instance.GetCurrentInstant(), "another program", null,
                Mandates.Core.Ledger.LedgerPayload.Write(new Mandates.Core.Ledger.TourEvents.StartedPayload(person, "reconnaissance", null, from, until, null)));
            store.Write(store.Head, _ => (new[] { Started("P-0009", "2025-07-20", "2025-08-10"), Started("P-0010", "2025-08-20", "2025-09-05") }, 0));
        }
        Assert.Equal(0, Run("verify").Exit);

        var audit = Run("audit");
        Assert.Equal(1, audit.Exit);
        Assert.Contains("one-tour-at-a-time", audit.Out);
        using var json = JsonDocument.Parse(Run("audit", "--json").Out);
        // A person's violation concerns the tours it names, not the operation's strength.
        Assert.All(json.RootElement.GetProperty("violations").EnumerateArray(),
            v => Assert.Equal(JsonValueKind.Null, v.GetProperty("maxStrength").ValueKind));
        var violations = json.RootElement.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("from").GetString(), v.GetProperty("to").GetString(), v.GetProperty("cause").GetString())).ToList();
        Assert.Equal([
            ("one-tour-at-a-time", "2025-07-20", "2025-07-31", $"P-0009 is on two tours at once: P-0009 in KFOR (reconnaissance) from 2025-07-01 to 2025-07-31 (ledger position {first - 1}) and P-0009 in KFOR (reconnaissance) from 2025-07-20 to 2025-08-10 (ledger position {first + 1})."),
            ("one-tour-at-a-time", "2025-09-01", "2025-09-05", $"P-0010 is on two tours at once: P-0010 in KFOR (reconnaissance) from 2025-08-20 to 2025-09-05 (ledger position {first + 2}) and P-0010 in KFOR (reconnaissance) from 2025-09-01 to 2025-09-30 (ledger position {first})."),
        ], violations);
        // One operation's audit names the persons whose overlapping tours include one of its own.
        Assert.Equal(1, Run("audit", "KFOR").Exit);
        Assert.Equal(0, Run("audit", "ASPIDES").Exit);
        // The old name of the argument still works, for scripts written before.
        Assert.Equal(1, Run("audit", "--operation", "KFOR").Exit);
    }

    [Fact]
    public void The_operation_given_both_as_the_argument_and_by_its_old_name_is_refused()
    {
        var run = Run("audit", "KFOR", "--operation", "ASPIDES");
        Assert.Equal(2, run.Exit);
        Assert.Contains("operation: 'KFOR' is given twice, as the argument operation and by its old name --operation; "
            + "expected it once.", run.Err);
    }

    [Theory]
    [InlineData("operation: 'NOPE'", "audit", "NOPE")]
    [InlineData("--operation: 'NOPE'", "audit", "--operation", "NOPE")]
    public void An_unknown_operation_is_named_as_it_was_given(string named, params string[] args)
    {
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"error: {named} is not in the record", run.Err);
    }
}
