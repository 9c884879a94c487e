using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>deploy: a tour is written only if the law the store holds allows it, its task recorded by its key; who recorded it; nothing written when it is refused, bad input, or the store fails.</summary>
public class DeployCommandTests() : LedgerTests("deploy")
{
    [Fact]
    public void A_deployed_tour_counts_in_the_strength_and_in_check()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31");
        Assert.Equal(0, deploy.Exit);
        Assert.Matches(@"Written at ledger position \d+ \(tour-started\)", deploy.Out);
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
        var before = Filled();
        // An earlier KFOR mandate listed this task; the one in force in 2025 does not: the law refuses.
        var refused = Run("deploy", "KFOR", "--person", "P-4711", "--task", "local-forces-training", "--from", "2025-07-01");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("REFUSED", refused.Out);
        Assert.Contains("does not list the task 'local-forces-training'", refused.Out);
        Assert.Equal(before, Entries());
        // In JSON, one field says written or refused.
        var json = Run("deploy", "KFOR", "--person", "P-4711", "--task", "local-forces-training", "--from", "2025-07-01", "--json");
        using (var refusal = JsonDocument.Parse(json.Out))
            Assert.Equal("refused", refusal.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(before, Entries());
    }

    [Fact]
    public void Writes_follow_the_law_the_store_holds_so_a_record_folder_is_refused_for_them()
    {
        // A record folder raising KFOR's ceiling: fine to try with check, never to write under.
        var lax = ExportedWithKfor("lax", kfor => kfor.Replace("ceiling: 400", "ceiling: 100000"));
        Assert.Equal(0, Run("check", "KFOR", "--on", "2025-07-01", "--add", "500", "--task", "reconnaissance", "--data", lax).Exit);

        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var before = Entries();
        foreach (var write in new[]
        {
            new[] { "deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01" },
            ["end-tour", "--person", "P-1", "--on", "2025-07-31"],
            ["correct-tour", "--tour", "10", "--cancel", "--reason", "test"],
            ["generate", "--events", "100"],
        })
        {
            var run = Run([.. write, "--data", lax]);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--data: `{write[0]}` writes under the law the store holds, but '{lax}' is a record folder", run.Err);
        }
        Assert.Equal(before, Entries());
    }

    [Theory]
    [InlineData("--user", "", "--user: '' is empty; expected who records the write, e.g. clerk.")]
    [InlineData("--user", "evil\nuser", "--user: 'evil\\u000auser' holds a line break or another control character")]
    [InlineData("--key", "", "--key: '' is empty; expected a name for this one request")]
    [InlineData("--key", "KEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEYKEY", "… (204 characters)' is 204 characters long; expected at most 200")]
    public void Who_records_and_the_key_are_one_line_of_text_or_bad_input(string option, string value, string message)
    {
        var before = Filled();
        var run = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", option, value);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Equal(before, Entries());
    }

    /// <summary>The store's record exported with one title in KFOR's file changed: in its first mandate that has it, or in its newest (KFOR-2025); the folder.</summary>
    private string WithKforTitle(string title, string newTitle, bool inNewest = false) => ExportedWithKfor("retitled", kfor =>
    {
        var quoted = $"title: \"{title}\"";
        var at = inNewest ? kfor.LastIndexOf(quoted, StringComparison.Ordinal) : kfor.IndexOf(quoted, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the exported KFOR file has no title '{title}' to change");
        return kfor[..at] + $"title: \"{newTitle}\"" + kfor[(at + quoted.Length)..];
    });

    [Fact]
    public void A_task_named_by_its_key_in_capitals_or_by_its_title_is_recorded_by_its_key_and_counted_as_one()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0002", "--task", "RECONNAISSANCE", "--from", "2025-07-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0003", "--task", "Multinational reconnaissance forces", "--area", "KOSOVO", "--from", "2025-07-01").Exit);
        var byTask = Run("strength", "KFOR", "--on", "2025-07-01", "--by", "task", "--json");
        Assert.Equal(0, byTask.Exit);
        using (var json = JsonDocument.Parse(byTask.Out))
            Assert.Equal([("reconnaissance", 3)], json.RootElement.GetProperty("byTask").EnumerateObject().Select(t => (t.Name, t.Value.GetInt32())));
        Assert.Equal(3, Payloads(Db).Count(p => p.Contains("\"task\":\"reconnaissance\"")));
        Assert.Contains("\"area\":\"kosovo\"", Payloads(Db).Last());

        // Retitled, the task is the same task: the audit finds nothing.
        Assert.Equal(0, Run("import", WithKforTitle("Multinational reconnaissance forces", "Multinational reconnaissance forces (MRF)", inNewest: true)).Exit);
        Assert.Equal(0, Run("audit").Exit);
    }

    [Fact]
    public void A_title_of_the_governing_mandate_is_recorded_by_its_key_there_though_another_mandate_has_it_as_key()
    {
        // KFOR-2025 (the last mandate in the file) retitles its national support element with KFOR-2024's key of another task.
        Assert.Equal(0, Run("import", WithKforTitle("National support element", "Local-Forces-Training", inNewest: true)).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1002", "--task", "Local-Forces-Training", "--from", "2025-07-01").Exit);
        Assert.Contains("\"task\":\"national-support\"", Payloads(Db).Single());
        Assert.Equal(0, Run("audit").Exit);
    }

    [Fact]
    public void A_task_typed_by_its_key_is_that_task_even_where_another_task_has_it_as_title()
    {
        // The first task listed (in an old mandate) now has the title "Reconnaissance": a title, not the key.
        Assert.Equal(0, Run("import", WithKforTitle("Staff in the KFOR headquarters in Pristina", "Reconnaissance")).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1001", "--task", "reconnaissance", "--from", "2025-08-01", "--until", "2025-09-01").Exit);
        Assert.Contains("\"task\":\"reconnaissance\"", Payloads(Db).Single());
        Assert.Equal(0, Run("audit").Exit);
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
    public void A_value_beginning_with_an_at_sign_is_taken_as_typed_not_as_a_file_to_read()
    {
        var file = Path.Combine(folder, "who.txt");
        File.WriteAllText(file, "mallory");
        var tour = Position(Run("deploy", "KFOR", "--person", "P-55", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "@" + file));
        Assert.Equal(0, Run("correct-tour", "--tour", tour.ToString(), "--cancel", "--reason", "@ops-desk: wrong person").Exit);
        var history = Run("history", "--tour", tour.ToString(), "--json");
        Assert.Contains("@" + file, history.Out);
        Assert.Contains("@ops-desk: wrong person", history.Out);
        Assert.DoesNotContain("mallory", history.Out);
    }

    [Fact]
    public void A_store_that_fails_while_writing_is_named_and_nothing_is_written()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var before = Entries();
        // As a full disk or a read-only file would: the database refuses the insert.
        Sql("CREATE TRIGGER disk_full BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        var run = Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01");
        Assert.Equal(3, run.Exit);
        Assert.Contains($"error: the store {Db} failed:", run.Err);
        Assert.Contains("database or disk is full", run.Err);
        Assert.Contains("Nothing was written.", run.Err);
        Assert.Equal(before, Entries());
    }

    [Fact]
    public void A_write_says_the_instant_it_recorded_which_as_recorded_at_takes()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01");
        Assert.Contains("recorded at 2025-07-01T09:00:00Z", deploy.Out);
        var json = Run("deploy", "KFOR", "--person", "P-4712", "--task", "reconnaissance", "--from", "2025-07-01", "--json");
        using var written = JsonDocument.Parse(json.Out);
        Assert.Equal("2025-07-01T09:00:00Z", written.RootElement.GetProperty("recordedAt").GetString());
        // The instant said is one --as-recorded-at takes, and the tour is known at it.
        Assert.Contains("P-4712", Run("tours", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-07-01T09:00:00Z").Out);
    }

    [Fact]
    public void The_last_day_is_to_and_until_still_works_as_its_old_name()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--to", "2025-07-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        using (var json = JsonDocument.Parse(Run("tours", "KFOR", "--on", "2025-07-01", "--json").Out))
            Assert.Equal(["2025-07-31", "2025-07-31"], json.RootElement.GetProperty("tours").EnumerateArray().Select(t => t.GetProperty("until").GetString()));
        var before = Entries();
        // A problem names the option as typed: the new name, or the old one.
        Assert.Contains("--to: '2025-06-30' is before --from (2025-07-01)",
            Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-07-01", "--to", "2025-06-30").Err);
        Assert.Contains("--until: '2025-06-30' is before --from (2025-07-01)",
            Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-06-30").Err);
        Assert.Contains("is given twice, as --to and by its old name --until",
            Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-07-01", "--to", "2025-07-02", "--until", "2025-07-02").Err);
        Assert.Equal(before, Entries());
        // Help shows the new name only.
        Assert.DoesNotContain("--until", Run("deploy", "--help").Out);
    }

    [Fact]
    public void A_task_no_mandate_ever_listed_is_bad_input_and_writes_nothing()
    {
        var before = Filled();
        var run = Run("deploy", "KFOR", "--person", "P-4711", "--task", "air-policing", "--from", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--task: 'air-policing' is no task any mandate of KFOR lists; expected one of hq-pristina,", run.Err);
        Assert.Equal(before, Entries());
    }
}
