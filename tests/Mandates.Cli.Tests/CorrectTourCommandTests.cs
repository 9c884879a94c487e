using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>correct-tour: a new entry supersedes a tour's (nothing is rewritten), the days it adds checked as deploy checks them; a correction retried under its key.</summary>
public class CorrectTourCommandTests() : LedgerTests("correct-tour")
{
    [Fact]
    public void A_day_beyond_the_ledger_is_answered_by_the_law_and_a_correction_to_it_is_bad_input()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01");
        Assert.Equal(0, deploy.Exit);
        var late = Run("check", "KFOR", "--on", "2060-01-01", "--until", "2080-01-01");
        Assert.Equal(0, late.Exit);
        Assert.Contains("AUTHORISED", late.Out);
        // The open tour still serves after the ledger's last day: counted there too.
        var full = Run("check", "KFOR", "--on", "2070-01-01", "--add", "400", "--task", "reconnaissance");
        Assert.Equal(1, full.Exit);
        Assert.Contains("1 deployed + 400 requested = 401 > 400", full.Out);

        var before = Entries();
        var correction = Run("correct-tour", "--tour", Position(deploy).ToString(), "--from", "2025-07-01", "--until", "2100-01-01", "--reason", "typo");
        Assert.Equal(2, correction.Exit);
        Assert.Contains("--until: '2100-01-01' is outside the days the ledger covers", correction.Err);
        Assert.Equal(before, Entries());
    }

    [Fact]
    public void An_end_or_correction_that_changes_nothing_is_refused_and_a_cancelled_tour_is_named_as_such()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-09-30"));
        Assert.Equal(0, Run("end-tour", "--person", "P-4711", "--on", "2025-08-31").Exit);
        var before = Entries();

        var again = Run("end-tour", "--person", "P-4711", "--on", "2025-08-31");
        Assert.Equal(2, again.Exit);
        Assert.Contains("already ends on 2025-08-31; there is nothing to end.", again.Err);
        var same = Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-07-01", "--until", "2025-08-31", "--reason", "check");
        Assert.Equal(2, same.Exit);
        Assert.Contains("already runs on exactly those days; there is nothing to correct.", same.Err);
        var both = Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--until", "2025-07-01", "--reason", "wrong person");
        Assert.Equal(2, both.Exit);
        Assert.Contains($"--cancel: a cancelled tour has no days; give --cancel alone, or the corrected --from and/or --until, e.g. --tour {tour} --cancel.", both.Err);
        var nothing = Run("correct-tour", "--tour", tour.ToString(), "--reason", "check");
        Assert.Equal(2, nothing.Exit);
        // Nothing typed names the last day: it is named by its option, --to (--until is its old name).
        Assert.Contains($"--from/--to/--cancel: say what was recorded wrongly: the tour's corrected --from and/or --to, or --cancel, e.g. --tour {tour} --from", nothing.Err);
        var beforeItsStart = Run("correct-tour", "--tour", tour.ToString(), "--until", "2025-06-30", "--reason", "check");
        Assert.Equal(2, beforeItsStart.Exit);
        Assert.Contains("--until: '2025-06-30' is before the tour's first day (2025-07-01); expected a day on or after it, or a new --from.", beforeItsStart.Err);
        var blank = Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--reason", "   ");
        Assert.Equal(2, blank.Exit);
        Assert.Contains("--reason: '   ' is empty; expected why the record was wrong", blank.Err);
        Assert.Equal(before, Entries());

        var cancel = Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--reason", "wrong person");
        Assert.Equal(0, cancel.Exit);
        var twice = Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--reason", "wrong person");
        Assert.Equal(2, twice.Exit);
        Assert.Contains($"--tour: the tour started at ledger position {tour} was cancelled at position {Position(cancel)}", twice.Err);
    }

    [Fact]
    public void A_correction_retried_under_its_key_is_the_same_request_whatever_changed_the_tour_since()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-52", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31"));
        Assert.Equal(0, Run("end-tour", "--person", "P-52", "--on", "2025-07-25").Exit);
        // The last day corrected, the first kept: then the first day corrected too, and the tour ended earlier.
        var lastDay = new[] { "correct-tour", "--tour", tour.ToString(), "--until", "2025-07-20", "--reason", "left early", "--key", "k-last" };
        Assert.Equal(0, Run(lastDay).Exit);
        var firstDay = new[] { "correct-tour", "--tour", tour.ToString(), "--from", "2025-07-05", "--reason", "arrived late", "--key", "k-first" };
        Assert.Equal(0, Run(firstDay).Exit);
        Assert.Equal(0, Run("end-tour", "--person", "P-52", "--on", "2025-07-18").Exit);
        Assert.Contains("Already written at ledger position", Run(lastDay).Out);
        Assert.Contains("Already written at ledger position", Run(firstDay).Out);
        // And after it was cancelled.
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--reason", "wrong person").Exit);
        Assert.Contains("Already written at ledger position", Run(lastDay).Out);
        Assert.Contains("Already written at ledger position", Run(firstDay).Out);
    }

    [Fact]
    public void A_correction_supersedes_a_tour_and_nothing_is_rewritten()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31")).ToString();
        var corrected = Run("correct-tour", "--tour", tour, "--from", "2025-07-05", "--until", "2025-07-31", "--reason", "arrived four days later");
        Assert.Equal(0, corrected.Exit);
        Assert.Contains($"Written at ledger position {long.Parse(tour) + 1} (tour-corrected)", corrected.Out);
        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2025-07-04", "--to", "2025-07-05", "--json").Out))
            Assert.Equal([0, 1], json.RootElement.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("strength").GetInt32()));
        Assert.Equal(0, Run("correct-tour", "--tour", tour, "--cancel", "--reason", "never deployed").Exit);
        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-10", "--json").Out))
            Assert.Equal(0, json.RootElement.GetProperty("maxStrength").GetInt32());
        Assert.Equal(long.Parse(tour) + 2, Entries());
        var bad = Run("correct-tour", "--tour", "99999", "--cancel", "--reason", "x");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("there is no tour started at ledger position 99999", bad.Err);
        var both = Run("correct-tour", "--tour", tour, "--cancel", "--from", "2025-07-01", "--reason", "x");
        Assert.Equal(2, both.Exit);
    }

    [Fact]
    public void Correcting_only_a_tours_first_day_keeps_the_last_day_it_has_and_open_makes_it_open()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-50", "--task", "reconnaissance", "--from", "2025-08-01", "--until", "2025-08-31"));
        Assert.Equal(0, Run("end-tour", "--person", "P-50", "--on", "2025-08-20").Exit);
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--reason", "arrived four days later", "--key", "fix-50").Exit);
        // A replay under the key is the same request; the same key with another last day is not.
        Assert.Contains("Already written at ledger position", Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--reason", "arrived four days later", "--key", "fix-50").Out);
        Assert.Equal(2, Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--until", "2025-08-25", "--reason", "arrived four days later", "--key", "fix-50").Exit);
        // Still a replay after the tour's last day changed: the correction kept the last day it had then.
        Assert.Equal(0, Run("end-tour", "--person", "P-50", "--on", "2025-08-18").Exit);
        Assert.Contains("Already written at ledger position", Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--reason", "arrived four days later", "--key", "fix-50").Out);
        Assert.Equal(0, Run("end-tour", "--person", "P-50", "--on", "2025-08-20").Exit);
        using (var json = JsonDocument.Parse(Run("tours", "--person", "P-50", "--json").Out))
        {
            var now = json.RootElement.GetProperty("tours")[0];
            Assert.Equal("2025-08-05", now.GetProperty("from").GetString());
            Assert.Equal("2025-08-20", now.GetProperty("until").GetString());
        }
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--until", "open", "--reason", "serves on").Exit);
        using (var json = JsonDocument.Parse(Run("tours", "--person", "P-50", "--json").Out))
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("tours")[0].GetProperty("until").ValueKind);
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--until", "2025-08-25", "--reason", "ended after all").Exit);
        var pastItsEnd = Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-09-01", "--reason", "x");
        Assert.Equal(2, pastItsEnd.Exit);
        Assert.Contains("--from: '2025-09-01' is after the tour's last day (2025-08-25); expected a day on or before it, or a new --to.", pastItsEnd.Err);
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-08-05", "--until", "OPEN", "--reason", "serves on after all").Exit);
        var cancelOpen = Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--until", "open", "--reason", "x");
        Assert.Equal(2, cancelOpen.Exit);
        Assert.Contains("--cancel: a cancelled tour has no days", cancelOpen.Err);
        // The last day alone: the tour keeps its first day.
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--until", "2025-08-28", "--reason", "left earlier", "--key", "fix-51").Exit);
        Assert.Contains("Already written at ledger position", Run("correct-tour", "--tour", tour.ToString(), "--until", "2025-08-28", "--reason", "left earlier", "--key", "fix-51").Out);
        using (var json = JsonDocument.Parse(Run("tours", "--person", "P-50", "--json").Out))
        {
            var now = json.RootElement.GetProperty("tours")[0];
            Assert.Equal(("2025-08-05", "2025-08-28"), (now.GetProperty("from").GetString(), now.GetProperty("until").GetString()));
        }
    }

    [Fact]
    public void Correct_tour_says_the_instant_it_recorded()
    {
        var tour = Position(Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01"));
        Assert.Contains("recorded at 2025-07-01T09:00:00Z",
            Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-07-02", "--reason", "arrived a day later").Out);
        var json = Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-07-03", "--reason", "later still", "--json");
        using var written = JsonDocument.Parse(json.Out);
        Assert.Equal("2025-07-01T09:00:00Z", written.RootElement.GetProperty("recordedAt").GetString());
    }
}
