using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>`import DIR` and `--data DIR` hold a record folder to the same rules as `record`, and take it whole or not at all.</summary>
public class ImportCommandTests() : LedgerTests("import")
{
    /// <summary>The store's record exported to a folder of the test's own, for a test to spoil.</summary>
    private string Exported()
    {
        var target = Path.Combine(folder, "record");
        Assert.Equal(0, Run("export", target).Exit);
        return target;
    }

    private void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    /// <summary>Imports <paramref name="record"/>, expecting a refusal; returns what it said, after checking the ledger is unchanged.</summary>
    private string Refused(string record)
    {
        var before = Run("verify").Out;
        var run = Run("import", record);
        Assert.Equal(2, run.Exit);
        Assert.Equal(before, Run("verify").Out);
        return run.Err;
    }

    [Fact]
    public void An_empty_folder_is_not_a_record_and_nothing_is_imported()
    {
        var empty = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName;
        Assert.Equal(0, Run("list").Exit);
        var err = Refused(empty);
        Assert.Contains($"folder: '{empty}' is not a whole record folder: it has no legal-acts/, no operations/, no sitting-calendar.yaml; expected legal-acts/ (a .yaml file per legal act)", err);
        var data = Run("list", "--data", empty);
        Assert.Equal(2, data.Exit);
        Assert.Contains($"--data: '{empty}' is not a whole record folder", data.Err);
    }

    [Fact]
    public void A_folder_without_the_sitting_calendar_is_refused()
    {
        var record = Exported();
        File.Delete(Path.Combine(record, "sitting-calendar.yaml"));
        Assert.Contains("is not a whole record folder: it has no sitting-calendar.yaml; expected", Refused(record));
    }

    [Fact]
    public void A_link_in_a_record_folder_is_refused_by_name_even_one_back_into_the_folder()
    {
        var record = Exported();
        Directory.CreateSymbolicLink(Path.Combine(record, "operations", "up"), "..");
        Assert.Contains($"folder: 'operations/up' in the record folder '{record}' is a link (to '..'); expected the folder to hold its files itself, with no links.", Refused(record));
        Directory.Delete(Path.Combine(record, "operations", "up"));
        File.CreateSymbolicLink(Path.Combine(record, "legal-acts", "gone.yaml"), "nowhere.yaml");
        Assert.Contains("'legal-acts/gone.yaml' in the record folder", Refused(record));
    }

    [Theory]
    [InlineData("\"UNSCR\\e[31m 1244\\a\"", "short: 'UNSCR\\u001b[31m 1244\\u0007' is not valid; expected how findings name the act, e.g. UNSCR 1244, without a line break or another control character (U+001B)")]
    [InlineData("\"UNSCR\\u202e 1244\"", "without invisible formatting (U+202E")]
    [InlineData("\"\\u200b\"", "short: '\\u200b' is not valid; expected how findings name the act, e.g. UNSCR 1244, not empty")]
    public void Record_text_that_would_not_show_as_it_is_is_refused(string yaml, string message)
    {
        var record = Exported();
        var act = Path.Combine(record, "legal-acts", "unscr-1244.yaml");
        var text = File.ReadAllText(act);
        var line = text.Split('\n').First(l => l.StartsWith("short:"));
        File.WriteAllText(act, text.Replace(line, "short: " + yaml));
        Assert.Contains(message, Refused(record));
    }

    [Fact]
    public void A_record_text_longer_than_any_needs_is_refused()
    {
        var record = Exported();
        var act = Path.Combine(record, "legal-acts", "unscr-1244.yaml");
        var text = File.ReadAllText(act);
        var line = text.Split('\n').First(l => l.StartsWith("short:"));
        File.WriteAllText(act, text.Replace(line, "short: " + new string('x', 100_000)));
        Assert.Contains("(100,000 characters)' is not valid; expected how findings name the act, e.g. UNSCR 1244, at most 10,000 characters", Refused(record));
    }

    [Fact]
    public void A_file_given_as_the_record_folder_is_named_a_file()
    {
        var file = Path.Combine(folder, "notes.txt");
        File.WriteAllText(file, "not a record");
        Assert.Contains($"folder: '{file}' is a file; expected a record folder with legal-acts/", Refused(file));
    }

    [Fact]
    public void A_renamed_operation_that_would_sit_beside_its_old_file_is_refused_whole()
    {
        var record = Exported();
        Edit(Path.Combine(record, "operations", "aspides.yaml"), "id: ASPIDES\n", "id: REDSEA\n");
        var err = Refused(record);
        Assert.Contains($"importing '{record}' would leave the store's record unable to load, for the store keeps operations/aspides.yaml, which the folder lacks (import never removes a file); nothing was written", err);
        Assert.Contains("expected an id no other mandate has, case ignored", err);
        Assert.Equal(0, Run("list").Exit);
    }

    [Fact]
    public void An_import_says_which_files_the_store_keeps_that_the_folder_lacks()
    {
        var record = Exported();
        File.Delete(Path.Combine(record, "operations", "aspides.yaml"));
        var run = Run("import", record);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"Nothing changed: the store already holds these {Repository.BundledFiles - 1} files as they are. The store's record also holds operations/aspides.yaml, which the folder lacks, as it was: import never removes a file.", run.Out);
    }

    [Fact]
    public void An_import_into_a_new_store_says_so_for_a_mistyped_db()
    {
        var record = Exported();
        var elsewhere = Path.Combine(folder, "typo.db");
        var run = Cli.Invoke("import", record, "--db", elsewhere);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"note: {elsewhere} was a new store; it now holds the record from '{record}' (positions 1 to {Repository.BundledFiles}). If you meant an existing store, check --db.", run.Err);
        // Into the store that exists, no such note.
        Assert.DoesNotContain("was a new store", Run("import", record).Err);
    }

    [Fact]
    public void Lists_nested_deeper_than_any_record_file_are_refused_not_a_crash()
    {
        var record = Exported();
        File.AppendAllText(Path.Combine(record, "legal-acts", "parlbg.yaml"), "deep: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.Matches(@"legal-acts/parlbg\.yaml:\d+:\d+: \(yaml\): expected well-formed YAML \(lists or blocks nested more than 64 deep, far deeper than a record file nests\)", Refused(record));
    }

    [Fact]
    public void An_import_repairs_a_stored_record_that_no_longer_loads()
    {
        // A record written by a program that held it to fewer rules: two mandate ids that differ only in case.
        var record = Exported();
        var spoiled = Mandates.Storage.RecordFolder.Read(record)
            .Select(f => f.Path == "operations/aspides.yaml" ? f with { Text = f.Text.Replace("id: ASPIDES-2025-01", "id: aspides-2024") } : f).ToList();
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
            Mandates.Core.Ledger.RecordEvents.Import(store, Mandates.Core.Ledger.LedgerState.Of(store.ReadAfter(0)), spoiled,
                new NodaTime.LocalDate(2026, 1, 1), NodaTime.SystemClock.Instance.GetCurrentInstant(), "an older program");
        Assert.Equal(2, Run("list").Exit);
        // Export writes such a record as the store holds it, to be corrected: an import needs the files.
        var held = Path.Combine(folder, "held");
        var export = Run("export", held);
        Assert.Equal(0, export.Exit);
        Assert.Contains("does not load:", export.Err);
        Assert.Contains("The files were written as the store holds them: correct them, then `mandates import", export.Err);
        Assert.Contains("id: aspides-2024", File.ReadAllText(Path.Combine(held, "operations", "aspides.yaml")));
        var repair = Run("import", record);
        Assert.Equal(0, repair.Exit);
        Assert.Contains("Recorded 1 changed file", repair.Out);
        Assert.Equal(0, Run("list").Exit);
    }

    [Fact]
    public void A_yml_file_is_named_not_skipped()
    {
        var record = Exported();
        File.Move(Path.Combine(record, "operations", "aspides.yaml"), Path.Combine(record, "operations", "aspides.yml"));
        Assert.Contains("operations/aspides.yml:1:1: (file): 'operations/aspides.yml' is not valid; expected a record file whose name ends in .yaml", Refused(record));
    }

    [Fact]
    public void A_mandate_id_used_twice_is_named_at_the_file_and_line_of_its_second_use()
    {
        var record = Exported();
        Edit(Path.Combine(record, "operations", "kfor.yaml"), "id: KFOR-2024", "id: ASPIDES-2024");
        Assert.Matches(@"operations/kfor\.yaml:\d+:\d+: mandates\[25\]\.id: 'ASPIDES-2024' is not valid; expected an id no other mandate has, case ignored \(it is already used at operations/aspides\.yaml:\d+\)", Refused(record));
    }

    [Fact]
    public void A_vote_its_counts_contradict_is_refused_at_its_file_line_and_field()
    {
        var record = Exported();
        Edit(Path.Combine(record, "operations", "kfor.yaml"), "yes: 391", "yes: 91");
        Assert.Matches(@"operations/kfor\.yaml:\d+:\d+: mandates\[26\]\.vote\.result: 'adopted' is not valid; expected 'rejected' for 91 yes and 189 no", Refused(record));
    }

    [Fact]
    public void A_cabinet_decision_after_the_vote_is_refused_at_its_file_line_and_field()
    {
        var record = Exported();
        Edit(Path.Combine(record, "operations", "kfor.yaml"), "cabinet: 2025-05-21", "cabinet: 2199-12-31");
        Assert.Matches(@"operations/kfor\.yaml:\d+:\d+: mandates\[26\]\.motion\.first-reading: '2025-05-23' is not valid; expected a day on or after the cabinet decision \(2199-12-31\)", Refused(record));
    }

    [Fact]
    public void A_ceiling_in_quotes_is_text_and_refused()
    {
        var record = Exported();
        var kfor = Path.Combine(record, "operations", "kfor.yaml");
        var text = File.ReadAllText(kfor);
        var last = text.LastIndexOf("ceiling: 400", StringComparison.Ordinal);
        File.WriteAllText(kfor, text[..last] + "ceiling: '400'" + text[(last + "ceiling: 400".Length)..]);
        Assert.Matches(@"operations/kfor\.yaml:\d+:\d+: mandates\[26\]\.ceiling: '400' is not valid; expected the most soldiers at once.*, written without quotes \(in quotes it is text\)", Refused(record));
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
