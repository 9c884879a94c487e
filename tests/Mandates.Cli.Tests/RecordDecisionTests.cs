using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>Recording decisions: each changes the store's record through a new, superseding entry, and the law follows.</summary>
public class RecordDecisionTests() : StoreTests("record")
{

    [Fact]
    public void The_2026_extension_from_motion_to_vote_governs_from_its_vote()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/9999", "--distributed", "2026-05-22", "--ceiling", "350", "--source", "test motion").Exit);
        Assert.Equal(0, Run("record", "cabinet", "--mandate", "KFOR-2026", "--date", "2026-05-20", "--source", "test cabinet").Exit);
        // Before the vote, the 2025 mandate still governs with its ceiling of 400.
        Assert.Contains("≤ 400, the ceiling of KFOR-2025", Run("check", "KFOR", "--on", "2026-06-24", "--add", "380").Out);
        var vote = Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-25", "--result", "adopted", "--yes", "400", "--no", "150", "--abstentions", "5", "--roll-call", "--source", "test vote");
        Assert.Equal(0, vote.Exit);
        Assert.Contains("Recorded the vote on KFOR-2026 at ledger position", vote.Out);
        Assert.Contains("operations/kfor.yaml", vote.Out);
        var check = Run("check", "KFOR", "--on", "2026-06-25", "--add", "380");
        Assert.Equal(1, check.Exit);
        Assert.Contains("380 > 350, the ceiling of KFOR-2026 (Drucksache 21/9999)", check.Out);
        var show = Run("show", "KFOR", "--on", "2026-07-01");
        Assert.Contains("400 yes, 150 no, 5 abstentions, roll-call — test vote", show.Out);
        Assert.Contains("Intact", Run("verify").Out);
    }

    [Fact]
    public void Terms_a_new_motion_takes_over_keep_the_source_they_came_from()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/9999", "--source", "the 2026 motion").Exit);
        var exported = Path.Combine(folder, "export");
        Assert.Equal(0, Run("export", exported).Exit);
        var text = File.ReadAllText(Path.Combine(exported, "operations", "kfor.yaml"));
        var mandate2026 = text[text.IndexOf("id: KFOR-2026", StringComparison.Ordinal)..];
        Assert.Contains("source: \"the 2026 motion\"", mandate2026);
        // The task was not stated by the 2026 motion's source: it keeps the 2025 source it came from.
        var task = mandate2026[mandate2026.IndexOf("key: \"hq-pristina\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("the 2026 motion", task[..task.IndexOf("- key:", 5, StringComparison.Ordinal)]);
        Assert.Contains("source:", task[..task.IndexOf("- key:", 5, StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_revocation_ends_authorisation_from_its_effective_day()
    {
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-2025", "--decided", "2026-01-15", "--effective", "2026-01-31", "--source", "test").Exit);
        Assert.Equal(0, Run("check", "KFOR", "--on", "2026-01-30").Exit);
        var after = Run("check", "KFOR", "--on", "2026-01-31", "--json");
        Assert.Equal(1, after.Exit);
        using var json = JsonDocument.Parse(after.Out);
        Assert.Equal("not-met", json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "not-revoked").GetProperty("outcome").GetString());
    }

    [Fact]
    public void A_terminated_resolution_ends_the_mandate_the_day_after()
    {
        Assert.Equal(0, Run("record", "act-change", "--act", "unscr-1244", "--date", "2026-03-01", "--change", "terminated", "--until", "2026-03-31", "--document", "S/RES/9999 (2026)", "--source", "test").Exit);
        Assert.Equal(0, Run("check", "KFOR", "--on", "2026-03-31").Exit);
        var after = Run("check", "KFOR", "--on", "2026-04-01", "--json");
        Assert.Equal(1, after.Exit);
        using var json = JsonDocument.Parse(after.Out);
        var legalActs = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "legal-acts");
        Assert.Contains("in force through 2026-03-31 and terminated by S/RES/9999 (2026)", legalActs.GetProperty("reason").GetString());
        Assert.Contains("2026-03-31", Run("list", "--on", "2026-03-15").Out);
    }

    [Theory]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2025-06-26", "--result", "adopted", "--source", "x" }, "already has a vote (2025-06-26)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2099", "--date", "2025-06-26", "--result", "adopted", "--source", "x" }, "The record has no mandate 'KFOR-2099'")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2025-06-26", "--result", "maybe", "--source", "x" }, "--result: 'maybe' is not one of adopted, rejected")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-9999", "--date", "2026-01-01", "--change", "terminated", "--until", "2026-01-31", "--source", "x" }, "--act: 'unscr-9999' is not in the record")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-1244", "--date", "2026-01-01", "--change", "terminated", "--until", "1990-01-01", "--source", "x" }, "cannot end before that")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2025", "--document", "Drucksache 21/1", "--source", "x" }, "already has a mandate 'KFOR-2025'")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1", "--procedure", "simplified", "--source", "x" }, "the record would not hold together")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2025", "--decided", "2026-02-01", "--effective", "2026-01-01", "--source", "x" }, "--effective: '2026-01-01' is before --decided (2026-02-01)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2026-06-26", "--result", "adopted" }, "--source")]
    public void A_decision_that_does_not_fit_is_refused_and_nothing_is_written(string[] args, string message)
    {
        Assert.Equal(0, Run("list").Exit);
        var before = Run("verify").Out;
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Equal(before, Run("verify").Out);
    }
}
