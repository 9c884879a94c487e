using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>end-tour: a tour ended, cut short, or run on if the law allows every day added; and a write under a key.</summary>
public class EndTourCommandTests() : LedgerTests("end-tour")
{
    [Fact]
    public void End_tour_and_the_same_key_twice()
    {
        var first = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "order-7");
        Assert.Equal(0, first.Exit);
        var replay = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "order-7");
        Assert.Equal(0, replay.Exit);
        Assert.Contains($"Already written at ledger position {Position(first)}", replay.Out);
        Assert.Equal(0, Run("end-tour", "--person", "P-4711", "--on", "2025-07-20").Exit);
        var strength = Run("strength", "KFOR", "--from", "2025-07-19", "--to", "2025-07-22", "--json");
        using var json = JsonDocument.Parse(strength.Out);
        Assert.Equal([1, 0], json.RootElement.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("strength").GetInt32()));
        Assert.Equal(0, Run("audit").Exit);
        Assert.Equal(Position(first) + 1, Entries());
    }

    [Fact]
    public void A_key_names_one_request_so_another_end_tour_or_correction_under_it_is_refused_not_silently_dropped()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-3000", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-12-31", "--key", "k1");
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-3001", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-12-31").Exit);
        var position = Position(deploy);
        var before = Entries();

        foreach (var other in new[]
        {
            new[] { "end-tour", "--person", "P-3001", "--on", "2025-08-01", "--key", "k1" },
            ["correct-tour", "--tour", position.ToString(), "--cancel", "--reason", "entered twice", "--key", "k1"],
        })
        {
            var run = Run(other);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--key: 'k1' was used at ledger position {position} for different content; a key names one request.", run.Err);
        }
        Assert.Equal(before, Entries());

        // Under its own key, an end-tour replays; another end-tour under that key is refused.
        var ended = Run("end-tour", "--person", "P-3001", "--on", "2025-08-01", "--key", "e1");
        Assert.Equal(0, ended.Exit);
        Assert.Contains($"Already written at ledger position {Position(ended)}", Run("end-tour", "--person", "P-3001", "--on", "2025-08-01", "--key", "e1").Out);
        Assert.Equal(2, Run("end-tour", "--person", "P-3000", "--on", "2025-09-01", "--key", "e1").Exit);
        var strength = Run("strength", "KFOR", "--on", "2025-09-15", "--json");
        using var json = JsonDocument.Parse(strength.Out);
        Assert.Equal(1, json.RootElement.GetProperty("maxStrength").GetInt32());
    }

    [Fact]
    public void End_tour_after_a_tours_last_day_extends_it_if_the_law_allows_every_day_added()
    {
        var july = Position(Run("deploy", "KFOR", "--person", "P-60", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31"));
        Assert.Equal(0, Run("end-tour", "--person", "P-60", "--on", "2025-08-31").Exit);
        Assert.Contains("runs on: last day 2025-08-31, was 2025-07-31", Run("history", "--tour", july.ToString()).Out);
        using (var json = JsonDocument.Parse(Run("tours", "--person", "P-60", "--json").Out))
            Assert.Equal("2025-08-31", json.RootElement.GetProperty("tours")[0].GetProperty("until").GetString());
        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-08-15", "--json").Out))
            Assert.Equal(1, json.RootElement.GetProperty("maxStrength").GetInt32());

        // ASPIDES-2025-10 ends on 2026-10-31: a tour cannot run on past it.
        Position(Run("deploy", "ASPIDES", "--person", "P-61", "--task", "protect-shipping", "--from", "2026-10-01", "--until", "2026-10-31"));
        var before = Entries();
        var refused = Run("end-tour", "--person", "P-61", "--on", "2026-11-15");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("REFUSED", refused.Out);
        Assert.Contains("2026-10-31", refused.Out);
        Assert.Equal(before, Entries());

        // With a later tour, it is the later one that runs on; the earlier one may still be shortened.
        Position(Run("deploy", "KFOR", "--person", "P-60", "--task", "reconnaissance", "--from", "2025-10-01", "--until", "2025-10-31"));
        Assert.Equal(0, Run("end-tour", "--person", "P-60", "--on", "2025-11-15").Exit);
        using (var json = JsonDocument.Parse(Run("tours", "--person", "P-60", "--json").Out))
            Assert.Equal([("2025-07-01", "2025-08-31"), ("2025-10-01", "2025-11-15")],
                json.RootElement.GetProperty("tours").EnumerateArray().Select(t => (t.GetProperty("from").GetString(), t.GetProperty("until").GetString())));
        var nobody = Run("end-tour", "--person", "P-62", "--on", "2025-08-01");
        Assert.Equal(2, nobody.Exit);
        Assert.Contains("--person: 'P-62' has no tour covering 2025-08-01, nor one ending before it to run on to it", nobody.Err);
    }

    [Fact]
    public void End_tour_says_whether_it_ended_cut_short_or_ran_on_the_tour()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-101", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Contains($"The tour of P-101 in KFOR (reconnaissance) from 2025-07-01, started at ledger position {BundledRecordSize.FirstAfter}, now ends on 2025-12-14; it was open.",
            Run("end-tour", "--person", "P-101", "--on", "2025-12-14").Out);
        // A later day runs the ended tour on: said, for a typo would lengthen it unseen.
        Assert.Contains("now ends on 2025-12-20; it ended on 2025-12-14 before: 6 days added.", Run("end-tour", "--person", "P-101", "--on", "2025-12-20").Out);
        // A replay under its key wrote nothing now, and says nothing of what it did then.
        Assert.Equal(0, Run("end-tour", "--person", "P-101", "--on", "2025-12-18", "--key", "k1").Exit);
        Assert.Equal(0, Run("end-tour", "--person", "P-101", "--on", "2025-12-17").Exit);
        var replay = Run("end-tour", "--person", "P-101", "--on", "2025-12-18", "--key", "k1");
        Assert.Contains("Already written", replay.Out);
        Assert.DoesNotContain("now ends", replay.Out);
        var cut = Run("end-tour", "--person", "P-101", "--on", "2025-12-16", "--json");
        using var json = JsonDocument.Parse(cut.Out);
        Assert.Equal(((int)BundledRecordSize.FirstAfter, "2025-07-01", "2025-12-16", "2025-12-17"), (json.RootElement.GetProperty("tour").GetInt32(), json.RootElement.GetProperty("from").GetString(),
            json.RootElement.GetProperty("until").GetString(), json.RootElement.GetProperty("untilBefore").GetString()));
    }

    [Fact]
    public void End_tour_says_the_instant_it_recorded()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-102", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Contains("recorded at 2025-07-01T09:00:00Z", Run("end-tour", "--person", "P-102", "--on", "2025-12-14").Out);
        using var json = JsonDocument.Parse(Run("end-tour", "--person", "P-102", "--on", "2025-12-10", "--json").Out);
        Assert.Equal("2025-07-01T09:00:00Z", json.RootElement.GetProperty("recordedAt").GetString());
    }
}
