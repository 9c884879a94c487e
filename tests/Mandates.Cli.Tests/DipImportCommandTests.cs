using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `dip import` on a real SQLite store: DIP's facts change the mandate as `show` shows it, a re-import changes
/// nothing and says so, and a malformed file (alone or beside good ones) is refused naming the file and the
/// field, writing nothing.
/// </summary>
public class DipImportCommandTests() : StoreTests("dip-import")
{
    private static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "fixtures", "dip", name);

    /// <summary>3 January 2028: the fictional decisions of 2026 the fixtures give were taken.</summary>
    private static readonly NodaTime.Instant Later = NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0);

    [Fact]
    public void The_distribution_day_DIP_gives_shows_in_show_and_a_reimport_says_nothing_changed()
    {
        Assert.DoesNotContain("distributed", Run("show", "KFOR").Out);
        var import = Run("dip", "import", Fixture("kfor-2025.json"));
        Assert.True(import.Exit == 0, import.Err);
        Assert.Contains("KFOR-2025 motion.distributed: none → 2025-05-22", import.Out);
        Assert.Contains("source: DIP Vorgang 900001, Vorgangsposition 900011 (Antrag): BT-Drucksache 21/230",
            import.Out);
        Assert.Contains($"from {Fixture("kfor-2025.json")}: $.documents[0].fundstelle.verteildatum", import.Out);
        Assert.Contains($"Recorded 1 change from the 3 DIP documents in 1 file at ledger position {BundledRecordSize.FirstAfter} "
            + "(operations/kfor.yaml), superseding the earlier version.", import.Out);
        Assert.Contains("$.documents[1].beschlussfassung[0]: left out, 'Überweisung' neither adopts nor rejects",
            import.Err);

        var shown = Run("show", "KFOR").Out;
        Assert.Contains("Drucksache 21/230, distributed 2025-05-22, first reading 2025-05-23 — DIP Vorgang 900001",
            shown);
        // The vote DIP gives is the one the record held: kept with its own sources.
        Assert.Contains("2025-06-26 adopted, 391 yes, 189 no, 2 abstentions, roll-call —", shown);
        Assert.Contains("news.de/politik/858734035", shown);

        var stored = Stored();
        var again = Run("dip", "import", Fixture("kfor-2025.json"));
        Assert.Equal(0, again.Exit);
        Assert.Equal("Nothing changed: the record already holds what the 3 DIP documents in 1 file give.",
            again.Out.Trim());
        Assert.Equal(stored, Stored());
    }

    [Fact]
    public void A_recorded_motion_gets_its_distribution_and_vote_from_DIP_as_show_and_audit_see_them()
    {
        var motion = RunAt(Later, "record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document",
            "Drucksache 21/999", "--source", "the clerk's note");
        Assert.True(motion.Exit == 0, motion.Err);
        Assert.Contains("Mandate in force on 2026-07-01: KFOR-2025",
            RunAt(Later, "show", "KFOR", "--on", "2026-07-01").Out);

        var import = RunAt(Later, "dip", "import", Fixture("kfor-2026-vorgang.json"),
            Fixture("kfor-2026-drucksache.json"), "--json");
        Assert.True(import.Exit == 0, import.Err + import.Out);
        Schemas.Valid("dip-import.schema.json", import.Out);
        var json = JsonNode.Parse(import.Out)!;
        Assert.Equal((2, 3), ((int)json["files"]!, (int)json["documents"]!));
        var changes = json["changes"]!.AsArray();
        Assert.Equal(["motion.distributed", "vote"], changes.Select(c => (string)c!["fact"]!));
        Assert.Equal("adopted on 2026-06-25, 400 yes, 150 no, 5 abstentions, roll-call",
            (string?)changes[1]!["after"]);
        Assert.Null(changes[1]!["before"]);
        Assert.Equal("operations/kfor.yaml", (string?)json["entries"]![0]!["file"]);

        var shown = RunAt(Later, "show", "KFOR", "--on", "2026-07-01").Out;
        Assert.Contains("Mandate in force on 2026-07-01: KFOR-2026 (Drucksache 21/999)", shown);
        Assert.Contains("400 yes, 150 no, 5 abstentions", shown);
        Assert.Equal(0, RunAt(Later, "audit", "KFOR").Exit);
    }

    /// <summary>Each malformed fixture, read after a good one: refused at its file and field; nothing written.
    /// </summary>
    [Theory]
    [InlineData("bad-missing-datum.json", "$.documents[2].datum: missing")]
    [InlineData("bad-wrong-type.json", "$.documents[0].fundstelle.verteildatum: '20250522' is a number")]
    [InlineData("bad-unknown-kind.json", "$.documents[1].typ: 'Aktivität' is not a kind of DIP document")]
    [InlineData("bad-not-held.json",
        "$.documents[2].beschlussfassung[0].dokumentnummer: '21/9999': a decision for a motion the record does not")]
    [InlineData("bad-invalid.json", "$: not JSON at line 22")]
    [InlineData("bad-empty.json", "$: the file is empty")]
    [InlineData("bad-cursor-page-2.json", "$.cursor: 'AoJ-test-kfor-2025-page-1' repeats the cursor of")]
    public void A_malformed_file_is_bad_input_naming_file_and_field_and_nothing_is_written(string name, string said)
    {
        Assert.Equal(0, Run("show", "KFOR").Exit);
        var stored = Stored();
        var first = name == "bad-cursor-page-2.json" ? "bad-cursor-page-1.json" : "kfor-2026-drucksache.json";
        // The good file goes first where it would fail on its own only after every file was read.
        var files = name == "bad-not-held.json" ? [Fixture("kfor-2025.json"), Fixture(name)]
            : new[] { Fixture(first), Fixture(name) };
        var run = Run(["dip", "import", .. files]);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"error: {Fixture(name)}: {said}", run.Err);
        Assert.Equal(stored, Stored());
    }

    [Fact]
    public void With_json_a_bad_file_is_an_error_object_naming_the_place()
    {
        var run = Run("dip", "import", Fixture("bad-missing-datum.json"), "--json");
        Assert.Equal(2, run.Exit);
        Schemas.Valid("error.schema.json", run.Out);
        var error = JsonNode.Parse(run.Out)!["error"]!;
        Assert.Equal($"{Fixture("bad-missing-datum.json")}: $.documents[2].datum", (string?)error["field"]);
        Assert.Equal((string?)error["field"], (string?)error["name"]);
        // Refused before the store was opened: none was created.
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_bad_input_naming_it()
    {
        var missing = Path.Combine(folder, "no-such.json");
        var run = Run("dip", "import", Fixture("kfor-2025.json"), missing);
        Assert.Equal(2, run.Exit);
        Assert.Contains(missing, run.Err);
        Assert.False(File.Exists(Db));
    }
}
