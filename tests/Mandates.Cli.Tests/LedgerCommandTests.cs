using System.Text.Json;
using NodaTime;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>deploy, end-tour, strength, audit and verify on a real SQLite file.</summary>
public class LedgerCommandTests() : StoreTests("ledger")
{

    /// <summary>How many entries the ledger holds (the record's files come first, on first use).</summary>
    private long Entries()
    {
        using var json = JsonDocument.Parse(Run("verify", "--json").Out);
        return json.RootElement.GetProperty("checked").GetInt64();
    }

    /// <summary>Fills the store with the bundled record (as any first use does) and says how many entries it then holds.</summary>
    private long Filled()
    {
        Assert.Equal(0, Run("list").Exit);
        return Entries();
    }

    /// <summary>The ledger position a write reported.</summary>
    private static long Position(Cli.Run run) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(run.Out, @"ledger position (\d+)").Groups[1].Value);

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
        var refused = Run("deploy", "KFOR", "--person", "P-4711", "--task", "air-policing", "--from", "2025-07-01");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("REFUSED", refused.Out);
        Assert.Contains("does not list the task 'air-policing'", refused.Out);
        Assert.Equal(before, Entries());
        // In JSON, one field says written or refused.
        var json = Run("deploy", "KFOR", "--person", "P-4711", "--task", "air-policing", "--from", "2025-07-01", "--json");
        using (var refusal = JsonDocument.Parse(json.Out))
            Assert.Equal("refused", refusal.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(before, Entries());
    }

    [Theory]
    [InlineData(new[] { "deploy", "ISAF", "--person", "P-1", "--task", "t", "--from", "2025-07-01" }, "operation: 'ISAF' is not in the record")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "Hans Meier", "--task", "reconnaissance", "--from", "2025-07-01" }, "--person: 'Hans Meier' is not a pseudonymous service identifier")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711\n", "--task", "reconnaissance", "--from", "2025-07-01" }, "--person: 'P-4711\\u000a' is not a pseudonymous service identifier")]
    [InlineData(new[] { "deploy", "KFOR\n", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01" }, "operation: 'KFOR\\u000a' is not")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-01" }, "--until: '2025-07-01' is before --from (2025-07-10)")]
    [InlineData(new[] { "end-tour", "--person", "P-4711", "--on", "2025-07-01" }, "--person: 'P-4711' has no tour covering 2025-07-01")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "yesterday" }, "--as-recorded-at: 'yesterday' is not an instant")]
    [InlineData(new[] { "audit", "--as-recorded-at", "2025-13-01T00:00:00Z" }, "--as-recorded-at: '2025-13-01T00:00:00Z' is not an instant; expected an ISO 8601 time with its offset")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "1980-01-01T00:00:00Z" }, "--as-recorded-at (its day, as no --on was given): '1980-01-01' is outside the days the ledger covers")]
    [InlineData(new[] { "strength", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "--as-recorded-at: '2099-01-01T00:00:00Z' is after now (")]
    [InlineData(new[] { "audit", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "what the ledger will hold then is not known yet; expected an instant up to now, or no --as-recorded-at")]
    [InlineData(new[] { "tours", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z" }, "--as-recorded-at: '2099-01-01T00:00:00Z' is after now (")]
    [InlineData(new[] { "correct-tour", "--tour", "2147483648x", "--cancel", "--reason", "x" }, "--tour: '2147483648x' is not a ledger position; expected a whole number of 1 or more, e.g. 10.")]
    [InlineData(new[] { "strength", "KFOR", "--by", "region" }, "--by: 'region' is not a breakdown; expected task.")]
    [InlineData(new[] { "generate", "--events", "0" }, "--events: '0' is not a count; expected a whole number of 1 or more")]
    [InlineData(new[] { "import", "/no/such/record" }, "folder: the record folder '/no/such/record' does not exist")]
    [InlineData(new[] { "export", "" }, "folder: an empty path; expected a new or empty folder")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "recon\nnaissance", "--from", "2025-07-01" }, "--task: 'recon\\u000anaissance' holds a line break or another control character")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2100-01-01" }, "--until: '2100-01-01' is outside the days the ledger covers; expected a day from 1990-01-01 to 2069-12-31.")]
    [InlineData(new[] { "strength", "KFOR", "--from", "2025-07-01", "--to", "2150-01-01" }, "--to: '2150-01-01' is outside the days the ledger covers")]
    [InlineData(new[] { "generate", "--events", "10", "--until", "2069-12-01" }, "--until: '2069-12-01' is too late: tours run up to 180 days past --until")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\u200b" }, "--user: '\\u200b' is empty to the eye (only invisible characters)")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\u202eevil" }, "--user: '\\u202eevil' holds invisible formatting (U+202E, such as a right-to-left override")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "\ufffd\ufffd" }, "holds a replacement character (U+FFFD): the text was not valid UTF-8")]
    [InlineData(new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "a\u2028b" }, "holds a Unicode line or paragraph separator (U+2028)")]
    [InlineData(new[] { "verify", "--data", "data" }, "--data: `verify` checks the store's ledger, which no record folder is part of, so the record folder 'data' would not be read; expected no --data.")]
    [InlineData(new[] { "history", "--tour", "1", "--data", "data" }, "--data: `history` tells a tour's story from the ledger")]
    [InlineData(new[] { "import", "data", "--data", "data" }, "--data: `import` brings the store's record up to the folder it is given")]
    public void Bad_input_exits_2_names_the_value_and_writes_nothing(string[] args, string message)
    {
        var before = Filled();
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Equal(before, Entries());
    }

    [Fact]
    public void Export_with_json_names_the_folder_and_its_files()
    {
        var exported = Path.Combine(folder, "exported");
        var run = Run("export", exported, "--json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(exported, json.RootElement.GetProperty("folder").GetString());
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains("operations/kfor.yaml", files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(exported, f)), f));
    }

    [Fact]
    public void A_new_store_says_it_was_created_and_filled_so_a_mistyped_db_is_noticed()
    {
        var first = Run("list");
        Assert.Equal(0, first.Exit);
        Assert.Contains($"note: {Db} was a new store; it now holds the bundled record (positions 1 to 9). If you meant an existing store, check --db.", first.Err);
        Assert.Equal("", Run("list").Err);
    }

    [Fact]
    public void Bad_input_on_a_store_not_yet_created_creates_nothing()
    {
        var run = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--until: '2025-07-01' is before --from (2025-07-10)", run.Err);
        Assert.False(File.Exists(Db), "the store was created (and filled with the bundled record) for a request refused as bad input");
        foreach (var write in new[]
        {
            new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "" },
            ["end-tour", "--person", "P-4711", "--on", "2025-07-01", "--key", ""],
            ["correct-tour", "--tour", "10", "--cancel", "--reason", "x", "--key", ""],
        })
        {
            Assert.Equal(2, Run(write).Exit);
            Assert.False(File.Exists(Db), $"`{write[0]}` with a bad --key created the store");
        }
        Assert.Equal(2, Run("strength", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z").Exit);
        Assert.False(File.Exists(Db), "asked as recorded at an instant to come, a new store was created");
    }

    [Fact]
    public void As_recorded_at_an_instant_after_now_is_answered_up_to_the_newest_entry_a_clock_ahead_recorded()
    {
        Filled();
        // Another machine, its clock a month ahead, records a tour.
        var ahead = Instant.FromUtc(2025, 8, 1, 9, 0);
        Assert.Equal(0, Cli.InvokeAt(ahead, "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--db", Db).Exit);
        // Here it is still 1 July: the ledger can say what it held up to that entry's instant, not after it.
        Assert.Equal(0, Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-07-15T00:00:00Z").Exit);
        Assert.Equal(0, Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-08-01T09:00:00Z").Exit);
        var later = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-08-01T09:00:01Z");
        Assert.Equal(2, later.Exit);
        Assert.Contains("--as-recorded-at: '2025-08-01T09:00:01Z' is after now (2025-07-01T09:00:00Z): what the ledger will hold then is not known yet", later.Err);
    }

    /// <summary>The store's record exported with one title in KFOR's file changed: in its first mandate that has it, or in its newest (KFOR-2025); the folder.</summary>
    private string WithKforTitle(string title, string newTitle, bool inNewest = false) => ExportedWithKfor("retitled", kfor =>
    {
        var quoted = $"title: \"{title}\"";
        var at = inNewest ? kfor.LastIndexOf(quoted, StringComparison.Ordinal) : kfor.IndexOf(quoted, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the exported KFOR file has no title '{title}' to change");
        return kfor[..at] + $"title: \"{newTitle}\"" + kfor[(at + quoted.Length)..];
    });

    /// <summary>The store's record exported into a folder of this test, with KFOR's file changed; the folder.</summary>
    private string ExportedWithKfor(string name, Func<string, string> change)
    {
        var exported = Path.Combine(folder, name);
        Assert.Equal(0, Run("export", exported).Exit);
        var kfor = Path.Combine(exported, "operations", "kfor.yaml");
        File.WriteAllText(kfor, change(File.ReadAllText(kfor)));
        return exported;
    }

    [Fact]
    public void Strength_over_the_ceiling_does_not_authorise_tours_and_shows_how_far_over_it_is()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-09-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4", "--task", "reconnaissance", "--from", "2025-07-20", "--until", "2025-07-31").Exit);
        var import = Run("import", ExportedWithKfor("cut", kfor => kfor.Replace("ceiling: 400", "ceiling: 1")));
        Assert.Equal(0, import.Exit);
        // Said at once to whoever lowered it: the tours already recorded now break it.
        Assert.Contains("warning: under the imported record, tours already recorded break the law (2 violations)", import.Err);
        Assert.Contains("  KFOR 2025-07-01 to 2025-07-31, ceiling: at most 3 deployed > 1, the ceiling of KFOR-2025", import.Err);
        Assert.Contains("  KFOR from 2025-09-01 onwards, ceiling: at most 2 deployed > 1", import.Err);

        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-01", "--json").Out))
        {
            var stretch = json.RootElement.GetProperty("stretches")[0];
            Assert.Equal(2, stretch.GetProperty("strength").GetInt32());
            Assert.Equal(-1, stretch.GetProperty("headroom").GetInt32());
            Assert.False(stretch.GetProperty("authorisesTours").GetBoolean());
            var refusal = Assert.Single(stretch.GetProperty("notAuthorising").EnumerateArray());
            Assert.Equal("ceiling", refusal.GetProperty("rule").GetString());
            Assert.StartsWith("2 serving > 1, the ceiling of KFOR-2025", refusal.GetProperty("reason").GetString());
        }
        Assert.Contains("no: 2 serving > 1, the ceiling of KFOR-2025", Run("strength", "KFOR", "--on", "2025-07-01").Out.ReplaceLineEndings(" "));
        Assert.Contains("Headroom: -1 (1 serving above the ceiling already)", Run("check", "KFOR", "--on", "2025-07-01", "--add", "1").Out);

        // The audit: July over by one, then by two from the 20th, and from September on for as long as the two open tours serve (no last day).
        var audit = Run("audit", "--json");
        Assert.Equal(1, audit.Exit);
        using (var json = JsonDocument.Parse(audit.Out))
        {
            var ceiling = json.RootElement.GetProperty("violations").EnumerateArray().Where(v => v.GetProperty("rule").GetString() == "ceiling").ToList();
            Assert.Equal(["2025-07-01", "2025-09-01"], ceiling.Select(v => v.GetProperty("from").GetString()));
            Assert.Equal("2025-07-31", ceiling[0].GetProperty("to").GetString());
            Assert.Equal(JsonValueKind.Null, ceiling[1].GetProperty("to").ValueKind);
            Assert.EndsWith("from 2025-09-01 onwards.", ceiling[1].GetProperty("cause").GetString());
            // One row for July, its cause speaking of all of it: the most that served, to its last day.
            Assert.StartsWith("at most 3 deployed > 1, the ceiling of KFOR-2025", ceiling[0].GetProperty("cause").GetString());
            Assert.EndsWith("from 2025-07-01 to 2025-07-31.", ceiling[0].GetProperty("cause").GetString());
            Assert.Equal([3, 2], ceiling.Select(v => v.GetProperty("maxStrength").GetInt32()));
            Assert.DoesNotContain("requested", ceiling[0].GetProperty("cause").GetString());
        }
        Assert.Contains("│ open ", Run("audit").Out);
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
        Assert.Contains($"--from/--until/--cancel: say what was recorded wrongly: the tour's corrected --from and/or --until, or --cancel, e.g. --tour {tour} --from", nothing.Err);
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

    [Theory]
    // A month 13.
    [InlineData("tour-ended", "{\"person\":\"P-0001\",\"tour\":10,\"on\":\"2025-13-01\"}", "its tour-ended entry cannot be folded")]
    // Days no writer records: beyond the ledger's last day (it used to be folded as an open tour), ending before starting.
    [InlineData("tour-started", "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2100-01-01\"}",
        "its tour-started entry cannot be folded (a tour from 2025-07-01 to 2100-01-01, which no writer records (a tour's days run from 1990-01-01 to 2069-12-31")]
    [InlineData("tour-started", "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2025-06-01\"}",
        "its tour-started entry cannot be folded (a tour from 2025-07-01 to 2025-06-01, which no writer records")]
    [InlineData("tour-ended", "{\"person\":\"P-0001\",\"tour\":10,\"on\":\"2070-01-01\"}", "its tour-ended entry cannot be folded (a tour from 2025-07-01 to 2070-01-01")]
    [InlineData("tour-corrected", "{\"supersedes\":10,\"tour\":10,\"from\":\"1989-12-31\",\"until\":\"2025-07-31\",\"cancelled\":false,\"reason\":\"x\"}",
        "its tour-corrected entry cannot be folded (a tour from 1989-12-31 to 2025-07-31")]
    public void An_entry_whose_hash_matches_but_that_no_writer_could_have_written_is_named_by_verify(string type, string payload, string message)
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        // Appended past the program's checks, its hash chained properly.
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
        {
            var state = Mandates.Core.Ledger.LedgerState.Of(store.ReadAfter(0));
            // Written, then refused by the fold that follows the append.
            Assert.Throws<Mandates.Core.Ledger.DamagedEntryException>(() => Mandates.Core.Ledger.LedgerAppend.Append(store, state, () => [new Mandates.Core.Ledger.NewEvent(type, "KFOR", new NodaTime.LocalDate(2025, 7, 1), NodaTime.Instant.FromUtc(2025, 7, 2, 9, 0), "someone", null, payload)]));
        }
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains("BROKEN at position 11: " + message, verify.Out);
        // Any other command stops at it and points to verify.
        var strength = Run("strength", "KFOR", "--on", "2025-07-01");
        Assert.Equal(3, strength.Exit);
        Assert.Contains("position 11", strength.Err);
    }

    [Fact]
    public void A_store_recorded_out_of_order_is_noted_by_verify_and_read_from_its_first_entry_as_recorded()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        // As the generator once wrote: an entry stamped years before the entries ahead of it.
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
        {
            var state = Mandates.Core.Ledger.LedgerState.Of(store.ReadAfter(0));
            Mandates.Core.Ledger.LedgerAppend.Append(store, state, () => [new Mandates.Core.Ledger.NewEvent("tour-started", "KFOR", new NodaTime.LocalDate(2025, 7, 1), NodaTime.Instant.FromUtc(2020, 1, 1, 12, 0), "generator", null,
                "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2025-07-31\"}")]);
        }
        var verify = Run("verify");
        Assert.Equal(0, verify.Exit);
        Assert.Contains("Note: position 11 was recorded before the entry ahead of it", verify.Out);
        // An ordinary write after it (recorded now, after the first entry again) does not hide the disorder.
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0003", "--task", "reconnaissance", "--from", "2025-07-01").Exit);

        // Nothing had been recorded by 2024 (the first entry is of 2025): not the whole ledger, as if all were older.
        var asRecorded = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2024-01-01T00:00:00Z", "--json");
        using var json = JsonDocument.Parse(asRecorded.Out);
        Assert.Equal(0, json.RootElement.GetProperty("maxStrength").GetInt32());
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
    public void As_recorded_at_an_instant_the_law_is_also_the_law_then_recorded()
    {
        // A tour from 1 July 2025 under KFOR-2025 (open-ended); on 20 January 2026 a revocation effective
        // 31 January is recorded. As known now the tour is outside any mandate from then on; as known on
        // 1 January 2026 it was within KFOR-2025's ceiling of 400.
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var revoked = RunAt(NodaTime.Instant.FromUtc(2026, 1, 20, 9, 0),
            "record", "revocation", "--mandate", "KFOR-2025", "--decided", "2026-01-15", "--effective", "2026-01-31", "--source", "test");
        Assert.Equal(0, revoked.Exit);
        const string before = "2026-01-01T00:00:00Z";

        JsonElement Stretch(params string[] asRecorded)
        {
            var run = Run(["strength", "KFOR", "--on", "2026-03-01", "--json", .. asRecorded]);
            Assert.Equal(0, run.Exit);
            using var json = JsonDocument.Parse(run.Out);
            Assert.True(json.RootElement.GetProperty("operationInRecord").GetBoolean());
            return json.RootElement.GetProperty("stretches")[0].Clone();
        }
        var now = Stretch();
        Assert.Equal(1, now.GetProperty("strength").GetInt32());
        Assert.Equal("KFOR-2025", now.GetProperty("mandate").GetString());
        Assert.False(now.GetProperty("authorisesTours").GetBoolean());
        var refusal = Assert.Single(now.GetProperty("notAuthorising").EnumerateArray());
        Assert.Equal("not-revoked", refusal.GetProperty("rule").GetString());
        Assert.Contains("revoked its consent to KFOR-2025", refusal.GetProperty("reason").GetString());
        Assert.Equal(0, now.GetProperty("headroom").GetInt32()); // nobody may be added where the law lets nobody serve, as check says
        var then = Stretch("--as-recorded-at", before);
        Assert.Equal(1, then.GetProperty("strength").GetInt32());
        Assert.Equal("KFOR-2025", then.GetProperty("mandate").GetString());
        Assert.True(then.GetProperty("authorisesTours").GetBoolean());
        Assert.Equal(400, then.GetProperty("ceiling").GetInt32());
        Assert.Equal(399, then.GetProperty("headroom").GetInt32());

        // The law changes mid-period with the strength unchanged: the period is cut there.
        using (var period = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2026-01-01", "--to", "2026-03-01", "--json").Out))
            Assert.Equal([("2026-01-01", "2026-01-30", true), ("2026-01-31", "2026-03-01", false)],
                period.RootElement.GetProperty("stretches").EnumerateArray()
                    .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("to").GetString(), s.GetProperty("authorisesTours").GetBoolean())));

        var auditNow = Run("audit");
        Assert.Equal(1, auditNow.Exit);
        Assert.Contains("of the law as known now", auditNow.Out);
        Assert.Contains("2026-01-31", auditNow.Out);
        var auditThen = Run("audit", "--as-recorded-at", before);
        Assert.Equal(0, auditThen.Exit);
        Assert.Contains($"authorised by the law as recorded at {before}", auditThen.Out);
    }

    [Fact]
    public void A_record_folder_has_no_history_so_it_cannot_answer_as_recorded_at_and_the_refusal_creates_no_store()
    {
        var lax = ExportedWithKfor("lax-then", kfor => kfor.Replace("ceiling: 400", "ceiling: 100000"));
        var unused = Path.Combine(folder, "never-created.db");
        foreach (var read in new[] { new[] { "strength", "KFOR", "--on", "2025-07-01" }, ["audit"], ["tours", "KFOR"] })
        {
            var run = Cli.Invoke([.. read, "--as-recorded-at", "2025-07-01T10:00:00Z", "--data", lax, "--db", unused]);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--data: '{lax}' is a record folder, which keeps no history, but --as-recorded-at reads the law as the store held it then", run.Err);
            Assert.False(File.Exists(unused));
        }
    }

    [Fact]
    public void An_imported_ceiling_is_seen_from_the_instant_its_entry_was_recorded()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5003", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var raised = ExportedWithKfor("raised", kfor => kfor.Replace("ceiling: 400", "ceiling: 450"));
        var imported = NodaTime.Instant.FromUtc(2025, 8, 1, 12, 0);
        Assert.Equal(0, RunAt(imported, "import", raised).Exit);

        int Ceiling(NodaTime.Instant at)
        {
            var run = Run("strength", "KFOR", "--on", "2025-09-01", "--json", "--as-recorded-at", NodaTime.Text.InstantPattern.ExtendedIso.Format(at));
            using var json = JsonDocument.Parse(run.Out);
            return json.RootElement.GetProperty("stretches")[0].GetProperty("ceiling").GetInt32();
        }
        // The import's entry is recorded at exactly that instant: included then, not a tick before.
        Assert.Equal(450, Ceiling(imported));
        Assert.Equal(400, Ceiling(imported - NodaTime.Duration.Epsilon));
    }

    [Fact]
    public void As_recorded_at_an_instant_without_a_day_asks_about_that_instants_day_as_a_query_then_did()
    {
        Filled();
        // Asked the next day about an instant of the day before.
        using var json = JsonDocument.Parse(Cli.InvokeAt(Instant.FromUtc(2025, 8, 16, 9, 0), "strength", "KFOR", "--as-recorded-at", "2025-08-15T21:00:00Z", "--json", "--db", Db).Out);
        Assert.Equal("2025-08-15", json.RootElement.GetProperty("from").GetString());
        // A day is Berlin's: 23:00 UTC in August is already the next day there.
        using var late = JsonDocument.Parse(Cli.InvokeAt(Instant.FromUtc(2025, 8, 16, 9, 0), "strength", "KFOR", "--as-recorded-at", "2025-08-15T23:00:00Z", "--json", "--db", Db).Out);
        Assert.Equal("2025-08-16", late.RootElement.GetProperty("from").GetString());
        using var now = JsonDocument.Parse(Run("strength", "KFOR", "--json").Out);
        Assert.Equal("2025-07-01", now.RootElement.GetProperty("from").GetString()); // today, by the tests' clock
    }

    [Fact]
    public void Days_without_a_mandate_say_why_and_days_the_law_treats_alike_are_one_stretch()
    {
        using var json = JsonDocument.Parse(Run("strength", "ASPIDES", "--from", "2023-06-01", "--to", "2026-10-31", "--json").Out);
        var stretches = json.RootElement.GetProperty("stretches").EnumerateArray().ToList();
        var before = stretches[0];
        Assert.Equal(JsonValueKind.Null, before.GetProperty("mandate").ValueKind);
        var why = Assert.Single(before.GetProperty("notAuthorising").EnumerateArray());
        Assert.Equal("consent", why.GetProperty("rule").GetString());
        Assert.Contains("consent under ASPIDES-2024", why.GetProperty("reason").GetString());
        // One stretch per mandate: the law's possible change days in between change nothing shown.
        Assert.Equal([null, "ASPIDES-2024", "ASPIDES-2025-01", "ASPIDES-2025-10"], stretches.Select(s => s.GetProperty("mandate").GetString()));
    }

    [Fact]
    public void Before_the_record_was_recorded_an_operation_had_no_mandate()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5002", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var human = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z");
        Assert.Equal(0, human.Exit);
        Assert.Contains("KFOR was not in the record yet, so no mandate governed any day as then known.", human.Out);
        Assert.Contains("no mandate", human.Out);
        using var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z", "--json").Out);
        Assert.False(json.RootElement.GetProperty("operationInRecord").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("stretches")[0].GetProperty("ceiling").ValueKind);
        // Nothing was recorded, so nothing broke the law as then known; asked about KFOR, audit says why.
        Assert.Equal(0, Run("audit", "--as-recorded-at", "2025-01-01T00:00:00Z").Exit);
        var audit = Run("audit", "--operation", "KFOR", "--as-recorded-at", "2025-01-01T00:00:00Z");
        Assert.Equal(0, audit.Exit);
        Assert.Contains("No violation: KFOR was not in the record yet, as recorded at 2025-01-01T00:00:00Z, so no tour of it was recorded.", audit.Out);
    }

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
        Assert.All(json.RootElement.GetProperty("violations").EnumerateArray(), v => Assert.False(v.TryGetProperty("maxStrength", out _)));
        var violations = json.RootElement.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("from").GetString(), v.GetProperty("to").GetString(), v.GetProperty("cause").GetString())).ToList();
        Assert.Equal([
            ("one-tour-at-a-time", "2025-07-20", "2025-07-31", $"P-0009 is on two tours at once: P-0009 in KFOR (reconnaissance) from 2025-07-01 to 2025-07-31 (ledger position {first - 1}) and P-0009 in KFOR (reconnaissance) from 2025-07-20 to 2025-08-10 (ledger position {first + 1})."),
            ("one-tour-at-a-time", "2025-09-01", "2025-09-05", $"P-0010 is on two tours at once: P-0010 in KFOR (reconnaissance) from 2025-08-20 to 2025-09-05 (ledger position {first + 2}) and P-0010 in KFOR (reconnaissance) from 2025-09-01 to 2025-09-30 (ledger position {first})."),
        ], violations);
        // One operation's audit names the persons whose overlapping tours include one of its own.
        Assert.Equal(1, Run("audit", "--operation", "KFOR").Exit);
        Assert.Equal(0, Run("audit", "--operation", "ASPIDES").Exit);
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
        Assert.Contains("--from: '2025-09-01' is after the tour's last day (2025-08-25); expected a day on or before it, or a new --until.", pastItsEnd.Err);
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
    public void Verify_names_the_first_altered_position()
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER events_are_never_updated; UPDATE events SET payload = replace(payload, 'P-0002', 'P-0003') WHERE position = " + second + ";";
            command.ExecuteNonQuery();
        }
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {second}", verify.Out);
    }

    [Fact]
    public void Verify_gives_an_anchor_to_keep_which_later_shows_a_ledger_rewritten_since()
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        var first = Run("verify");
        Assert.Equal(0, first.Exit);
        var anchor = System.Text.RegularExpressions.Regex.Match(first.Out, @"Anchor: (\d+:[0-9a-f]{64}) \(the newest entry's position and hash\)").Groups[1].Value;
        Assert.Equal($"{second}:", anchor[..(anchor.IndexOf(':') + 1)]);
        using (var json = JsonDocument.Parse(Run("verify", "--json").Out))
            Assert.Equal(anchor, json.RootElement.GetProperty("head").GetProperty("anchor").GetString());

        // Later entries leave an anchor standing; its hash may be given in capitals.
        Run("deploy", "KFOR", "--person", "P-0003", "--task", "reconnaissance", "--from", "2025-07-01");
        var holds = Run("verify", "--anchor", anchor.ToUpperInvariant(), "--anchor", anchor);
        Assert.Equal(0, holds.Exit);
        Assert.Contains($"The anchor {anchor} holds: the ledger up to position {second} is as it was when the anchor was taken.", holds.Out);

        // Someone with the file alters the second tour and recomputes every hash after it: the chain is intact again, the anchor is not.
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET payload = replace(payload, 'P-0002', 'P-0009') WHERE position = {second}");
        RechainFrom(second);
        Assert.Equal(0, Run("verify").Exit);
        var rewritten = Run("verify", "--anchor", anchor);
        Assert.Equal(1, rewritten.Exit);
        Assert.Contains($"BROKEN at position {second}: position {second} has the hash", rewritten.Out);
        Assert.Contains("was rewritten (its hashes recomputed) since the anchor was taken", rewritten.Out);
        Assert.DoesNotContain("Anchor:", rewritten.Out);
        using (var json = JsonDocument.Parse(Run("verify", "--anchor", anchor, "--json").Out))
        {
            Assert.False(json.RootElement.GetProperty("intact").GetBoolean());
            Assert.False(json.RootElement.GetProperty("anchors")[0].GetProperty("holds").GetBoolean());
        }
    }

    /// <summary>
    /// Columns no writer writes so, their hashes recomputed from there on so that the chain alone holds:
    /// verify names the position, and the other commands stop there rather than fold it unseen.
    /// </summary>
    [Theory]
    [InlineData(0, "type = 'tour-begun'", "its type 'tour-begun' is none this program writes")]
    [InlineData(0, "valid_on = '2025-07-05'", "its valid_on 2025-07-05 is not the tour's first day (2025-07-01), as every writer records it")]
    [InlineData(2, "operation = 'NOPE'", "starts a tour of 'NOPE', an operation the store's record does not hold, which no writer records")]
    [InlineData(1, "operation = 'ASPIDES'", "its operation 'ASPIDES' is not that of tour")]
    [InlineData(1, "type = 'tour-paused'", "its type 'tour-paused' is none this program writes")]
    public void An_entry_whose_columns_no_writer_writes_is_broken_even_with_its_hashes_recomputed(int entry, string set, string why)
    {
        var started = Position(Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31"));
        var ended = Position(Run("end-tour", "--person", "P-0001", "--on", "2025-07-20"));
        var alone = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        var altered = new[] { started, ended, alone }[entry];
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET {set} WHERE position = {altered}");
        RechainFrom(altered);
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {altered}:", verify.Out);
        Assert.Contains(why, verify.Out);
        if (entry < 2)
        {
            var tours = Run("tours", "KFOR", "--on", "2025-07-01");
            Assert.Equal(3, tours.Exit);
            Assert.Contains($"Ledger position {altered}:", tours.Err);
        }
    }

    [Theory]
    [InlineData("10", "--anchor: '10' is not an anchor; expected POSITION:HASH as `mandates verify` prints it")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000", "--anchor: '0:000")]
    [InlineData("10:abc", "--anchor: '10:abc' is not an anchor")]
    [InlineData("10:zz00000000000000000000000000000000000000000000000000000000000000", "--anchor: '10:zz")]
    public void A_malformed_anchor_is_bad_input_and_creates_no_store(string anchor, string message)
    {
        var run = Run("verify", "--anchor", anchor);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.False(File.Exists(Db));
        var twice = Run("verify", "--anchor", "10:" + new string('a', 64), "--anchor", "10:" + new string('b', 64));
        Assert.Equal(2, twice.Exit);
        Assert.Contains("--anchor: position 10 is given twice, with two different hashes", twice.Err);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void An_anchor_beyond_the_ledgers_end_shows_entries_removed()
    {
        var last = Position(Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01"));
        var run = Run("verify", "--anchor", $"{last + 5}:{new string('a', 64)}");
        Assert.Equal(1, run.Exit);
        Assert.Contains($"BROKEN at position {last + 1}: the ledger ends at position {last}, before the anchor's position {last + 5}: entries after {last} were removed since the anchor was taken", run.Out);
    }

    /// <summary>Runs SQL on this test's store directly, as someone with the file (not the program) would.</summary>
    /// <summary>
    /// What someone able to write to the database does after altering an entry (the update trigger dropped):
    /// recomputes every hash from <paramref name="position"/> on, so that the chain alone holds again.
    /// </summary>
    private void RechainFrom(long position)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var store = new Mandates.Storage.SqliteEventStore(Db);
        var previous = store.At(position - 1)!.Hash;
        foreach (var e in store.ReadAfter(position - 1).ToList())
        {
            var hash = Core.Ledger.LedgerEvent.ComputeHash(e.Position, e.Type, e.Operation, e.ValidOn, e.RecordedAt, e.RecordedBy, e.IdempotencyKey, e.Payload, previous);
            Sql($"UPDATE events SET previous_hash = '{previous}', hash = '{hash}' WHERE position = {e.Position}");
            previous = hash;
        }
    }

    private void Sql(string sql)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Theory]
    [InlineData("recorded_at = 'garbage'")]
    [InlineData("valid_on = '2025-13-01'")]
    [InlineData("payload = '{not json'")]
    [InlineData("payload = replace(payload, '2025-07-01', '2025-13-01')")]
    [InlineData("payload = replace(payload, '2025-07-01', '1980-07-01')")]
    [InlineData("recorded_at = replace(recorded_at, 'Z', '.0Z')")]
    public void A_row_no_writer_could_have_written_is_named_by_verify_and_stops_other_commands_cleanly(string alteration)
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET {alteration} WHERE position = {second};");

        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {second}", verify.Out);
        Assert.DoesNotContain("Unhandled", verify.Out + verify.Err);

        var strength = Run("strength", "KFOR", "--on", "2025-07-01");
        Assert.Equal(3, strength.Exit);
        Assert.Contains($"cannot be read: Ledger position {second}", strength.Err);
        Assert.Contains("`mandates verify` names the first broken entry", strength.Err);
        Assert.DoesNotContain("   at ", strength.Err);
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

    private static List<string> Payloads(string db)
    {
        using var store = new Mandates.Storage.SqliteEventStore(db);
        return store.ReadAfter(0).Where(e => e.Type == "tour-started").Select(e => e.Payload).ToList();
    }

    [Fact]
    public void The_store_is_filled_from_the_bundled_record_on_first_use_and_a_reimport_changes_nothing()
    {
        var show = Run("show", "KFOR", "--on", "2025-07-01");
        Assert.Contains("KFOR-2025 (Drucksache 21/230)", show.Out);
        var filled = Entries();
        Assert.True(filled >= 9, $"{filled} entries");
        var again = Run("import", Path.Combine(AppContext.BaseDirectory, "data"));
        Assert.Equal(0, again.Exit);
        Assert.Contains("Nothing changed", again.Out);
        Assert.Equal(filled, Entries());
    }

    [Fact]
    public void A_changed_fact_is_a_new_entry_superseding_the_old_and_the_law_follows_it()
    {
        // The ceiling of the newest mandate is the last "ceiling: 400" in the file.
        var changed = ExportedWithKfor("record", text =>
            text.LastIndexOf("ceiling: 400", StringComparison.Ordinal) is var last ? text[..last] + "ceiling: 350" + text[(last + "ceiling: 400".Length)..] : text);
        var before = Entries();
        var import = Run("import", changed);
        Assert.Equal(0, import.Exit);
        Assert.Contains("Recorded 1 changed file", import.Out);
        Assert.Contains("operations/kfor.yaml", import.Out);
        Assert.Equal(before + 1, Entries());
        Assert.Contains("401 > 350", Run("check", "KFOR", "--on", "2025-07-01", "--add", "401").Out);
    }

    [Fact]
    public void Importing_a_record_with_a_problem_writes_nothing()
    {
        var broken = ExportedWithKfor("broken", kfor => kfor.Replace("ceiling: 400", "ceiling: many"));
        var before = Entries();
        var import = Run("import", broken);
        Assert.Equal(2, import.Exit);
        Assert.Contains("nothing was loaded", import.Err);
        Assert.Equal(before, Entries());
    }

    [Fact]
    public void A_malformed_database_address_is_bad_input()
    {
        var run = Cli.Invoke("verify", "--db", "postgres://nobody@/nowhere");
        Assert.Equal(2, run.Exit);
        Assert.Contains("is not a PostgreSQL address; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE", run.Err);
        var unreachable = Cli.Invoke("verify", "--db", "postgres://mandates@127.0.0.1:1/mandates");
        Assert.Equal(3, unreachable.Exit);
        Assert.Contains("cannot use the PostgreSQL server postgres://mandates@127.0.0.1:1/mandates", unreachable.Err);
        var path = Cli.Invoke("verify", "--db", "postgres://u@h:1/a/b");
        Assert.Contains("--db: 'postgres://u@h:1/a/b' names the path 'a/b' where one database name belongs", path.Err);
    }

    [Theory]
    [InlineData("postgres://u:TopSecret@host:notaport/db", "postgres://u:***@host:notaport/db")]
    [InlineData("postgres://u:TopSecret@/db", "postgres://u:***@/db")]
    [InlineData("postgres://u:Top@Secret@127.0.0.1:1/db", "postgres://u:***@127.0.0.1:1/db")]
    [InlineData("postgres:u:TopSecret@127.0.0.1", "postgres:u:***@127.0.0.1' is neither a file path nor a postgres:// address")]
    [InlineData("postgres:/u:TopSecret@127.0.0.1:1/db", "postgres:/u:***@127.0.0.1:1/db' is neither a file path nor a postgres:// address")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?sslmode=sure", "asks for sslmode 'sure'; expected disable, allow, prefer, require, verify-ca or verify-full.")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?ssl=1", "asks for 'ssl', which this program does not read; expected no parameter, or sslmode=")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db#x", "ends in a fragment ('#x')")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?sslmode=require&sslmode=disable", "gives sslmode more than once; expected it once.")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:0/db", "names port 0, on which no server listens; expected a port from 1 to 65535, or none for 5432.")]
    public void A_password_in_a_database_address_is_never_shown_even_when_the_address_is_malformed(string address, string shown)
    {
        var run = Cli.Invoke("verify", "--db", address);
        Assert.Equal(2, run.Exit);
        Assert.Contains(shown, run.Err);
        Assert.DoesNotContain("Secret", run.Err);
        // A mistyped address is not taken for a file name: no SQLite file named after it, password and all.
        Assert.Empty(Directory.EnumerateFileSystemEntries(".", "postgres*"));
    }

    /// <summary>A SQLite file in this test's folder, made by another program's SQL.</summary>
    private string AnotherProgramsSqliteFile(string name, string sql)
    {
        var path = Path.Combine(folder, name);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void Another_programs_SQLite_file_a_folder_or_a_path_with_a_line_break_is_refused_and_left_as_it_was()
    {
        var other = AnotherProgramsSqliteFile("other.db", "CREATE TABLE people (name TEXT)");
        var before = File.ReadAllBytes(other);
        var run = Cli.Invoke("list", "--db", other);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--db: '{other}' is a SQLite database of another program (its tables: people), not a Mandates store, and was left as it was", run.Err);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.False(File.Exists(other + "-wal"));

        // A table named like one of ours does not make it ours.
        var lookalike = AnotherProgramsSqliteFile("lookalike.db", "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (1); CREATE TABLE users (id INTEGER)");
        var lookalikeBefore = File.ReadAllBytes(lookalike);
        Assert.Equal(2, Cli.Invoke("list", "--db", lookalike).Exit);
        Assert.Equal(lookalikeBefore, File.ReadAllBytes(lookalike));

        var folderRun = Cli.Invoke("list", "--db", folder);
        Assert.Equal(2, folderRun.Exit);
        Assert.Contains($"--db: '{folder}' is a folder; expected a path to a SQLite file", folderRun.Err);

        var broken = Cli.Invoke("list", "--db", Path.Combine(folder, "a\nb.db"));
        Assert.Equal(2, broken.Exit);
        Assert.Contains("holds a line break or another control character", broken.Err);
        Assert.Empty(Directory.EnumerateFiles(folder, "a*"));
    }

    [Fact]
    public void Verify_and_history_of_a_store_that_does_not_exist_say_so_and_create_nothing()
    {
        foreach (var command in new[] { new[] { "verify" }, ["history", "--tour", "10"] })
        {
            var run = Run(command);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--db: '{Db}' does not exist; expected an existing store to check", run.Err);
            Assert.DoesNotContain("Intact", run.Out);
            Assert.False(File.Exists(Db), $"`{command[0]}` created the store");
        }
        File.WriteAllBytes(Db, []);
        var empty = Run("verify");
        Assert.Equal(2, empty.Exit);
        Assert.Contains($"--db: '{Db}' is an empty file, no store; expected an existing store to check", empty.Err);
        Assert.Equal(0, new FileInfo(Db).Length);
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
    public void A_bad_address_in_MANDATES_DB_is_named_as_the_variable()
    {
        // Every other test names its store with --db, so the variable reaches only this one.
        var own = Environment.GetEnvironmentVariable("MANDATES_DB");
        Environment.SetEnvironmentVariable("MANDATES_DB", "ftp://somewhere/ledger");
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(2, CliApp.Run(["verify"], new StringWriter(), stderr, isTerminal: false));
            Assert.Contains("MANDATES_DB: 'ftp://somewhere/ledger' is neither a file path nor a postgres:// address", stderr.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("MANDATES_DB", own);
        }
    }

    [Fact]
    public void End_tour_says_whether_it_ended_cut_short_or_ran_on_the_tour()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-101", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Contains("The tour of P-101 in KFOR (reconnaissance) from 2025-07-01, started at ledger position 10, now ends on 2025-12-14; it was open.",
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
        Assert.Equal((10, "2025-07-01", "2025-12-16", "2025-12-17"), (json.RootElement.GetProperty("tour").GetInt32(), json.RootElement.GetProperty("from").GetString(),
            json.RootElement.GetProperty("until").GetString(), json.RootElement.GetProperty("untilBefore").GetString()));
    }

    [Fact]
    public void Strength_over_the_ceiling_under_an_exception_clause_within_its_bounds_authorises_the_tours()
    {
        // KFOR-2025 cut to a ceiling of 2, with a rotation clause of 1 more for at most 14 days.
        Assert.Equal(0, Run("import", ExportedWithKfor("rotation", kfor =>
        {
            var at = kfor.LastIndexOf("    ceiling: 400", StringComparison.Ordinal);
            return kfor[..at] + "    ceiling: 2\n    ceiling-exceptions:\n      - kind: rotation\n        extra-persons: 1\n        max-days: 14\n" + kfor[(at + "    ceiling: 400\n".Length)..];
        })).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-08-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-07-25", "--until", "2025-08-31", "--exception", "rotation").Exit);
        Assert.Equal(0, Run("audit").Exit);

        using var json = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2025-07-20", "--to", "2025-08-05", "--json").Out);
        var overlap = json.RootElement.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("strength").GetInt32() == 3);
        Assert.Equal(("2025-07-25", "2025-07-31", -1), (overlap.GetProperty("from").GetString(), overlap.GetProperty("to").GetString(), overlap.GetProperty("headroom").GetInt32()));
        Assert.True(overlap.GetProperty("authorisesTours").GetBoolean());
        Assert.Contains("3 serving > 2, the ceiling of KFOR-2025 (Drucksache 21/230), but every tour above it relies on an exception clause within its bounds", overlap.GetProperty("underException").GetString());

        // A fourth, relying on no clause: now the ceiling is broken, and strength says so as the audit does.
        Assert.Equal(0, Run("import", ExportedWithKfor("roomy", kfor => kfor.Replace("    ceiling: 2\n", "    ceiling: 4\n"))).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4", "--task", "reconnaissance", "--from", "2025-07-28", "--until", "2025-07-29").Exit);
        Assert.Equal(0, Run("import", ExportedWithKfor("tight", kfor => kfor.Replace("    ceiling: 4\n", "    ceiling: 2\n"))).Exit);
        Assert.Equal(1, Run("audit").Exit);
        using var broken = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-28", "--json").Out);
        var day = broken.RootElement.GetProperty("stretches")[0];
        Assert.False(day.GetProperty("authorisesTours").GetBoolean());
        Assert.Contains("tours above it that no exception clause covers within its bounds (`audit` lists them)", day.GetProperty("notAuthorising")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void A_law_that_takes_a_task_from_one_tour_warns_of_it_though_another_tour_broke_the_task_rule_on_those_days()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2026-01-01", "--until", "2026-03-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-9", "--task", "hq-pristina", "--from", "2025-08-01", "--until", "2026-06-30").Exit);
        static string Without(string kfor, string key) => kfor.Replace($"key: \"{key}\"", $"key: \"{key}-gone\"");
        var first = Run("import", ExportedWithKfor("no-hq", kfor => Without(kfor, "hq-pristina")));
        Assert.Contains("P-9", first.Err);
        var second = Run("import", ExportedWithKfor("no-recce", kfor => Without(Without(kfor, "hq-pristina"), "reconnaissance")));
        Assert.Contains("warning: under the imported record, tours already recorded break the law (1 violation)", second.Err);
        Assert.Contains("P-1", second.Err);
        Assert.DoesNotContain("P-9", second.Err);
        // A law that gives a task back breaks nothing new, though the causes of the old violations now read otherwise.
        var looser = Run("import", ExportedWithKfor("recce-back", kfor => kfor.Replace("key: \"reconnaissance-gone\"", "key: \"reconnaissance\"")));
        Assert.Contains("Recorded 1 changed file", looser.Out);
        Assert.DoesNotContain("warning", looser.Err);
    }
}
