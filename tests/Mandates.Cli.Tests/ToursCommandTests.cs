using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>tours: who serves on a day or in a period, or one person's tours, each named by the ledger position that started it.</summary>
public class ToursCommandTests() : LedgerTests("tours")
{
    [Fact]
    public void Tours_lists_who_serves_with_the_position_that_names_each_tour()
    {
        var first = Position(Run("deploy", "KFOR", "--person", "P-6001", "--task", "reconnaissance", "--from", "2025-07-01"));
        var second = Position(Run("deploy", "KFOR", "--person", "P-6002", "--task", "hq-pristina", "--from", "2025-07-15", "--until", "2025-12-31"));
        var cancelled = Position(Run("deploy", "KFOR", "--person", "P-6003", "--task", "reconnaissance", "--from", "2025-07-01"));
        Assert.Equal(0, Run("correct-tour", "--tour", cancelled.ToString(), "--cancel", "--reason", "never left").Exit);
        var ended = RunAt(NodaTime.Instant.FromUtc(2025, 9, 1, 9, 0), "end-tour", "--person", "P-6001", "--on", "2025-08-31");
        Assert.Equal(0, ended.Exit);
        var endedAt = Position(ended);

        List<(long Tour, string Person, string? Until, long LastChanged)> Tours(params string[] args)
        {
            var run = Run(["tours", .. args, "--json"]);
            Assert.Equal(0, run.Exit);
            using var json = JsonDocument.Parse(run.Out);
            return json.RootElement.GetProperty("tours").EnumerateArray()
                .Select(t => (t.GetProperty("tour").GetInt64(), t.GetProperty("person").GetString()!, t.GetProperty("until").GetString(), t.GetProperty("lastChangedAt").GetInt64())).ToList();
        }

        // Who serves on a day, each tour by the position that started it; a cancelled tour is not listed.
        Assert.Equal([(first, "P-6001", "2025-08-31", endedAt), (second, "P-6002", "2025-12-31", second)], Tours("KFOR", "--on", "2025-08-01"));
        Assert.Equal([(second, "P-6002", "2025-12-31", second)], Tours("KFOR", "--on", "2025-09-15"));
        // A person's tours, all of them or in a period.
        Assert.Equal([(first, "P-6001", "2025-08-31", endedAt)], Tours("--person", "P-6001"));
        Assert.Empty(Tours("--person", "P-6001", "--from", "2025-09-01", "--to", "2025-12-31"));
        Assert.Empty(Tours("--person", "P-9999"));
        // As recorded before the end-tour: the tour was still open.
        Assert.Equal([(first, "P-6001", null, first)], Tours("--person", "P-6001", "--as-recorded-at", "2025-08-01T00:00:00Z"));

        var human = Run("tours", "KFOR", "--on", "2025-08-01");
        Assert.Contains("2 tours: KFOR on 2025-08-01, as known now", human.Out);
        Assert.Contains($"at {endedAt}", human.Out);
        var neither = Run("tours");
        Assert.Equal(2, neither.Exit);
        Assert.Contains("operation: none given; expected an operation (e.g. `mandates tours KFOR`) or --person", neither.Err);
    }

    [Theory]
    // A tour from 2025-07-10 to 2025-07-20: the day before, its first day, its last day, the day after.
    [InlineData("2025-07-09", false)]
    [InlineData("2025-07-10", true)]
    [InlineData("2025-07-20", true)]
    [InlineData("2025-07-21", false)]
    public void Tours_on_a_day_are_those_covering_it(string day, bool listed)
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-6101", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-20"));
        using var json = JsonDocument.Parse(Run("tours", "KFOR", "--on", day, "--json").Out);
        Assert.Equal(listed ? [tour] : [], json.RootElement.GetProperty("tours").EnumerateArray().Select(t => t.GetProperty("tour").GetInt64()));
        Assert.Equal(listed ? 1 : 0, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Tours_come_earliest_first_whatever_order_they_were_recorded_in()
    {
        var later = Position(Run("deploy", "KFOR", "--person", "P-6201", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31"));
        var backDated = Position(Run("deploy", "KFOR", "--person", "P-6202", "--task", "reconnaissance", "--from", "2025-06-01", "--until", "2025-07-31"));
        using var json = JsonDocument.Parse(Run("tours", "KFOR", "--from", "2025-06-01", "--to", "2025-07-31", "--json").Out);
        Assert.Equal([backDated, later], json.RootElement.GetProperty("tours").EnumerateArray().Select(t => t.GetProperty("tour").GetInt64()));
    }
}
