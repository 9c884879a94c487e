using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>`data stats` and `data check`, on the bundled record and on record folders made to break a rule.</summary>
public class DataCommandTests
{
    /// <summary>An operation whose files load, but whose facts do not hold together (see each line's
    /// comment).</summary>
    private const string Broken = """
        id: TEST
        name: A test operation
        lead: UN
        source: Drucksache 1/1
        mandates:
          - id: TEST-1
            procedure: regular
            source: Drucksache 1/1
            motion:
              document: Drucksache 1/1
            vote: {date: 2000-01-10, result: adopted}
            end: open
            requires: [unscr-1244]
            ceiling: 100
          - id: TEST-2
            procedure: regular
            source: Drucksache 1/2
            motion:
              document: drucksache  1/1
            vote: {date: 2000-01-10, result: adopted}
            end: open
            ceiling: {persons: 200, verified: false}
          - id: TEST-3
            procedure: regular
            source: Drucksache 1/3
            vote: {date: 1998-01-01, result: adopted}
            end: open
            requires: [unscr-1244]
            ceiling: 100
        """;

    /// <summary>A record folder: the bundled legal acts and calendar, and the operation files given.</summary>
    internal static string Folder(params (string Name, string Text)[] operations)
    {
        var folder = Directory.CreateTempSubdirectory("mandates-data-").FullName;
        var bundled = Path.Combine(AppContext.BaseDirectory, "data");
        Directory.CreateDirectory(Path.Combine(folder, "legal-acts"));
        Directory.CreateDirectory(Path.Combine(folder, "operations"));
        foreach (var act in Directory.GetFiles(Path.Combine(bundled, "legal-acts")))
            File.Copy(act, Path.Combine(folder, "legal-acts", Path.GetFileName(act)));
        File.Copy(Path.Combine(bundled, "sitting-calendar.yaml"), Path.Combine(folder, "sitting-calendar.yaml"));
        foreach (var (name, text) in operations) File.WriteAllText(Path.Combine(folder, "operations", name), text);
        return folder;
    }

    [Fact]
    public void Check_passes_on_the_bundled_record_and_creates_no_store()
    {
        var store = Path.Combine(Directory.CreateTempSubdirectory("mandates-data-").FullName, "new.db");
        var run = Cli.Invoke("data", "check", "--db", store);
        Assert.Equal((0, ""), (run.Exit, run.Err));
        Assert.Equal($"The bundled record holds together: {BundledRecordSize.Files} files, no problem found.", run.Out.Trim());
        Assert.False(File.Exists(store));
        var json = Cli.Invoke("data", "check", "--db", store, "--json");
        Assert.Equal(0, json.Exit);
        Schemas.Valid("data-check.schema.json", json.Out);
    }

    [Fact]
    public void Check_names_each_problem_across_the_record_with_file_line_and_field()
    {
        var run = Cli.Invoke("data", "check", "--data", Folder(("test.yaml", Broken)));
        Assert.Equal(2, run.Exit);
        var lines = run.Out.Trim().Split(Environment.NewLine);
        Assert.Equal(
        [
            "operations/test.yaml:19:17: mandates[1].motion.document: 'drucksache  1/1' is not valid; expected a "
                + "printed paper of this motion alone: TEST-1 (operations/test.yaml:10) already names it; one motion "
                + "is one Bundestag decision, one mandate",
            "operations/test.yaml:20:18: mandates[1].vote.date: '2000-01-10' is not valid; expected a day no other "
                + "mandate of TEST begins consent on: TEST-1 begins it that day too, so both would claim the days "
                + "after it and neither replaces the other (state the later one's start)",
            "operations/test.yaml:22:14: mandates[1].ceiling: expected a note saying what is uncertain beside "
                + "'verified: false' (docs/record-format.md)",
            "operations/test.yaml:26:18: mandates[2].vote.date: '1998-01-01' is not valid; expected a day on or after "
                + "2000-01-10, when the consent of TEST-1, listed before it, begins: the mandates of an operation are "
                + "listed oldest first, each replacing the one before",
            "operations/test.yaml:28:16: mandates[2].requires[0]: 'unscr-1244' is not valid; expected a legal act in "
                + "force on 1998-01-01, when the consent of TEST-3 begins (it lasts only as long as the act; UNSCR 1244 "
                + "is in force 1999-06-10 to open)",
            "The record in '" + run.Out.Split("The record in '")[1].Split("'")[0] + "' has 5 problems.",
        ], lines);
    }

    [Fact]
    public void Check_reports_every_problem_of_every_file_that_does_not_load()
    {
        var folder = Folder(("a.yaml", "id: A\nname: A\nlead: UN\nmandates: []\n"),
            ("b.yaml", Broken.Replace("ceiling: 100", "ceiling: '100'")));
        var run = Cli.Invoke("data", "check", "--data", folder, "--json");
        Assert.Equal(2, run.Exit);
        Schemas.Valid("data-check.schema.json", run.Out);
        var output = JsonNode.Parse(run.Out)!;
        Assert.False((bool)output["loaded"]!);
        var places = output["problems"]!.AsArray().Select(p => $"{p!["file"]}:{p["line"]} {p["field"]}").ToList();
        Assert.Contains("operations/a.yaml:1 source", places);
        Assert.Contains("operations/b.yaml:14 mandates[0].ceiling", places);
        Assert.Contains("operations/b.yaml:29 mandates[2].ceiling", places);
    }

    [Fact]
    public void Stats_counts_each_value_and_the_share_verified_as_documented()
    {
        var run = Cli.Invoke("data", "stats", "--data", Folder(("test.yaml", Broken)), "--json");
        Assert.Equal((0, ""), (run.Exit, run.Err));
        Schemas.Valid("stats.schema.json", run.Out);
        var stats = JsonNode.Parse(run.Out)!;
        var test = stats["byOperation"]![0]!;
        // name, lead; TEST-1: procedure, motion, vote's day and result, end, one required act, ceiling (7);
        // TEST-2: the same but no required act (6), its ceiling unverified; TEST-3: no motion (6).
        Assert.Equal(("TEST", 3, 21, 20, 0.9524),
            ((string?)test["operation"], (int)test["mandates"]!, (int)test["values"]!, (int)test["verifiedValues"]!,
                (double)test["verified"]!));
        var parts = (int)test["values"]! + (int)stats["legalActValues"]!["values"]!
            + (int)stats["calendarValues"]!["values"]!;
        Assert.Equal(parts, (int)stats["values"]!);
    }

    [Fact]
    public void Stats_on_the_bundled_record_adds_up_and_validates()
    {
        var store = Path.Combine(Directory.CreateTempSubdirectory("mandates-data-").FullName, "new.db");
        var run = Cli.Invoke("data", "stats", "--json", "--db", store);
        Assert.Equal(0, run.Exit);
        Schemas.Valid("stats.schema.json", run.Out);
        var stats = JsonNode.Parse(run.Out)!;
        var operations = stats["byOperation"]!.AsArray();
        Assert.Equal(BundledRecordSize.OperationIds, operations.Select(o => (string?)o!["operation"]));
        Assert.Equal((int)stats["mandates"]!, operations.Sum(o => (int)o!["mandates"]!));
        Assert.InRange((double)stats["verified"]!, 0.01, 0.99);
        var text = Cli.Invoke("data", "stats", "--db", store);
        var acts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "legal-acts"), "*.yaml").Length;
        Assert.StartsWith($"The bundled record: {operations.Count} operations, {(int)stats["mandates"]!} mandates, "
            + $"{acts} legal acts; "
            + $"{(int)stats["values"]!} values, {(int)stats["verifiedValues"]!} of them verified", text.Out);
    }

    [Fact]
    public void Stats_of_a_record_that_does_not_load_is_bad_input_naming_the_problem()
    {
        var run = Cli.Invoke("data", "stats", "--data", Folder(("a.yaml", "id: A\nname: A\nlead: UN\nmandates: []\n")));
        Assert.Equal(2, run.Exit);
        Assert.Contains("has 1 problem, so its values cannot be counted (`data check` lists them):", run.Err);
        Assert.Contains("operations/a.yaml:1:1: source:", run.Err);
    }
}
