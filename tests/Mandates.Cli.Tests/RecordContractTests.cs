using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `record … --json` is a contract: every kind of decision validates against docs/schemas/record.schema.json,
/// and a decision that leaves tours breaking the law names them with every key present.
/// </summary>
public class RecordContractTests() : StoreTests("record-contract", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    /// <summary>Runs a `record` command with --json, checks it was recorded and says so by the contract.</summary>
    private JsonNode Recorded(params string[] args)
    {
        var run = Run([.. args, "--json"]);
        Assert.True(run.Exit == 0, run.Err + run.Out);
        Schemas.Valid("record.schema.json", run.Out);
        return JsonNode.Parse(run.Out)!;
    }

    [Fact]
    public void Every_kind_of_decision_validates_against_its_schema()
    {
        var motion = Recorded("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1",
            "--procedure", "simplified", "--distributed", "2026-06-02", "--source", "x");
        Assert.Equal(("motion", "motion KFOR-2026 (Drucksache 21/1)"),
            ((string?)motion["decision"], (string?)motion["recorded"]));
        var entry = motion["entries"]!.AsArray().Single()!;
        Assert.Equal("operations/kfor.yaml", (string?)entry["file"]);
        Assert.Equal((long?)motion["positions"]![0], (long?)entry["position"]);
        Assert.NotNull((long?)entry["supersedes"]);
        Assert.Null(motion["note"]);

        Recorded("record", "cabinet", "--mandate", "KFOR-2026", "--date", "2026-06-01", "--source", "x");
        // Too late to stop the consent deemed given: recorded, with a note saying so.
        var late = Recorded("record", "objection", "--mandate", "KFOR-2026", "--date", "2026-06-12",
            "--by", "a group", "--source", "x");
        Assert.StartsWith("made after the period for it ended on 2026-06-09", (string?)late["note"]);
        Assert.Equal("demand for debate on KFOR-2026", (string?)late["recorded"]);
        Recorded("record", "motion", "KFOR", "--mandate", "KFOR-2027", "--document", "Drucksache 21/2",
            "--source", "x");
        Recorded("record", "vote", "--mandate", "KFOR-2027", "--date", "2027-06-25", "--result", "adopted",
            "--yes", "400", "--no", "150", "--abstentions", "5", "--source", "x");
        Recorded("record", "revocation", "--mandate", "KFOR-2027", "--date", "2027-09-01", "--source", "x");
        var act = Recorded("record", "act-change", "--act", "unscr-1244", "--date", "2027-11-27",
            "--change", "terminated", "--until", "2028-03-31", "--source", "x");
        Assert.Equal("act-change", (string?)act["decision"]);
        Assert.StartsWith("legal-acts/", (string?)act["entries"]![0]!["file"]);
    }

    [Fact]
    public void Tours_a_decision_leaves_breaking_the_law_have_every_key_an_open_one_no_last_day()
    {
        foreach (var person in new[] { "P-1", "P-2" })
            Assert.Equal(0, Run("deploy", "KFOR", "--person", person, "--task", "reconnaissance",
                "--from", "2026-01-05").Exit);
        var revoked = Recorded("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-09-01",
            "--source", "x");
        var broken = Assert.Single(revoked["toursNowBreakTheLaw"]!.AsArray())!;
        Assert.Equal(("not-revoked", "2026-09-01", 2),
            ((string?)broken["rule"], (string?)broken["from"], (int?)broken["maxStrength"]));
        Assert.True(broken.AsObject().ContainsKey("to"));
        Assert.Null(broken["to"]);
        Assert.EndsWith("onwards.", (string?)broken["cause"]);
    }

    [Fact]
    public void The_revocation_takes_its_day_as_date_and_still_as_decided()
    {
        var byOldName = Run("record", "revocation", "--mandate", "KFOR-2025", "--decided", "2026-02-01",
            "--effective", "2026-01-01", "--source", "x");
        Assert.Contains("--effective: '2026-01-01' is before --decided (2026-02-01)", byOldName.Err);
        var byNewName = Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-02-01",
            "--effective", "2026-01-01", "--source", "x");
        Assert.Contains("--effective: '2026-01-01' is before --date (2026-02-01)", byNewName.Err);
        var missing = Run("record", "revocation", "--mandate", "KFOR-2025", "--source", "x", "--json");
        Assert.Equal(2, missing.Exit);
        var error = JsonNode.Parse(missing.Out)!["error"]!;
        Assert.Equal(("date", "--date"), ((string?)error["field"], (string?)error["name"]));
        var help = Run("record", "revocation", "--help").Out;
        Assert.Contains("--date", help);
        Assert.DoesNotContain("--decided", help);
    }

    [Theory]
    [InlineData("motion", "regular, simplified, subsequent-approval")]
    [InlineData("vote", "adopted, rejected")]
    [InlineData("act-change", "extended, terminated")]
    public void Help_lists_the_words_an_option_allows(string command, string words) =>
        Assert.Contains(words, Run("record", command, "--help").Out);
}
