using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `show` as text: what the § 4 simplified procedure did to a mandate (a demand for debate too late to count,
/// consent deemed given). The clock reads early 2028, so the decisions of 2026 these tests record have been taken.
/// </summary>
public class ShowCommandTests() : StoreTests("show", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    /// <summary>A simplified motion distributed on 2026-06-02: a debate may be demanded through 2026-06-09.</summary>
    private void RecordASimplifiedMotionAndALateDemandForDebate()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1",
            "--procedure", "simplified", "--distributed", "2026-06-02", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "objection", "--mandate", "KFOR-2026", "--date", "2026-06-12", "--by", "a group",
            "--source", "x").Exit);
    }

    /// <summary>
    /// The text with the table's borders and line breaks taken out, so a cell's words read as one line.
    /// </summary>
    private static string Flat(string text) => Regex.Replace(text, @"[\s│╭╮╰╯─┬┴┼├┤]+", " ");

    [Fact]
    public void A_demand_for_debate_after_the_seven_days_is_said_to_be_late_and_of_no_effect()
    {
        RecordASimplifiedMotionAndALateDemandForDebate();
        var run = Run("show", "KFOR", "--on", "2026-07-01");
        Assert.Equal(0, run.Exit);
        var debate = run.Out.Split('\n').Single(l => l.Contains("│ debate demanded "));
        Assert.Contains("2026-06-12 by a group: late (after the 7 days of § 4(1)), no effect", debate);
    }

    [Fact]
    public void A_consent_deemed_given_is_not_a_pending_vote_in_the_chain()
    {
        RecordASimplifiedMotionAndALateDemandForDebate();
        var chain = Run("show", "KFOR", "--on", "2026-07-01").Out;
        var row = Flat(chain[chain.IndexOf("Chain of mandates", StringComparison.Ordinal)..]);
        var kfor2026 = row[row.IndexOf("KFOR-2026", StringComparison.Ordinal)..];
        Assert.Contains("deemed given on 2026-06-10", kfor2026);
        Assert.DoesNotContain("pending", kfor2026);
    }
}
