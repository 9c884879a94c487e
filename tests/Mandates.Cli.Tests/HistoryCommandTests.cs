using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>history: a tour's entries, oldest first, and who recorded each, when and why.</summary>
public class HistoryCommandTests() : LedgerTests("history")
{
    [Fact]
    public void History_tells_a_tours_whole_story_who_recorded_each_entry_when_and_why()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-7001", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "clerk-a"));
        var other = Position(Run("deploy", "KFOR", "--person", "P-7002", "--task", "reconnaissance", "--from", "2025-07-01"));
        var ended = Position(RunAt(NodaTime.Instant.FromUtc(2025, 9, 1, 9, 0), "end-tour", "--person", "P-7001", "--on", "2025-08-31", "--user", "clerk-b", "--key", "end-7001"));
        // About another tour of the same operation, between this tour's entries.
        Assert.Equal(0, RunAt(NodaTime.Instant.FromUtc(2025, 9, 1, 10, 0), "end-tour", "--person", "P-7002", "--on", "2025-08-31").Exit);
        var corrected = Position(RunAt(NodaTime.Instant.FromUtc(2025, 9, 2, 9, 0),
            "correct-tour", "--tour", tour.ToString(), "--from", "2025-07-02", "--until", "2025-08-31", "--reason", "arrived a day later", "--user", "auditor"));
        Assert.Equal(0, Run("correct-tour", "--tour", other.ToString(), "--cancel", "--reason", "never left").Exit);

        var run = Run("history", "--tour", tour.ToString(), "--json");
        Assert.Equal(0, run.Exit);
        using (var json = JsonDocument.Parse(run.Out))
        {
            var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
            // Only this tour's entries (not the other tour's start or cancellation), oldest first.
            Assert.Equal([tour, ended, corrected], entries.Select(e => e.GetProperty("position").GetInt64()));
            Assert.Equal(["clerk-a", "clerk-b", "auditor"], entries.Select(e => e.GetProperty("recordedBy").GetString()));
            Assert.Equal("end-7001", entries[1].GetProperty("key").GetString());
            Assert.Equal("2025-09-02T09:00:00Z", entries[2].GetProperty("recordedAt").GetString());
            Assert.Contains("reason: arrived a day later", entries[2].GetProperty("says").GetString());
            Assert.Equal("2025-07-02", json.RootElement.GetProperty("now").GetProperty("from").GetString());
            Assert.Equal("P-7001", json.RootElement.GetProperty("person").GetString());
        }
        var human = Run("history", "--tour", tour.ToString());
        Assert.Contains($"Tour {tour}: now P-7001 in KFOR (reconnaissance) from 2025-07-02 to 2025-08-31; 3 entries", human.Out);
        Assert.Contains("ends: last day 2025-08-31", human.Out);

        var cancelled = Run("history", "--tour", other.ToString());
        Assert.Equal(0, cancelled.Exit);
        Assert.Contains($"cancelled at position {corrected + 1}", cancelled.Out);
        Assert.Contains("cancelled: never served", cancelled.Out);

        // A position that started no tour says what it is instead.
        foreach (var (position, message) in new[]
        {
            ("3", "--tour: position 3 is a record-file entry, not the start of a tour"),
            (ended.ToString(), $"--tour: position {ended} is a tour-ended entry about the tour started at {tour}; expected --tour {tour}."),
            ("99999999999", "--tour: the ledger ends at position"),
            ("0", "--tour: '0' is not a ledger position; expected a whole number of 1 or more"),
        })
        {
            var none = Run("history", "--tour", position);
            Assert.Equal(2, none.Exit);
            Assert.Contains(message, none.Err);
        }
    }
}
