using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// Recording decisions: each changes the store's record through a new, superseding entry, and the law follows.
/// The clock reads early 2028, so the decisions of 2026 and 2027 these tests record have been taken.
/// </summary>
public class RecordDecisionTests() : StoreTests("record", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    /// <summary>Runs a command expected to be refused as bad input; returns what it said, after checking the ledger is unchanged.</summary>
    private string Refused(params string[] args)
    {
        var before = Run("verify").Out;
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Equal(before, Run("verify").Out);
        return run.Err;
    }

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
        // But that source speaks of KFOR-2025: for KFOR-2026 the task is unconfirmed until checked, and says so.
        Assert.Contains("verified: false", task[..task.IndexOf("- key:", 5, StringComparison.Ordinal)]);
        Assert.Contains("Taken over from KFOR-2025 (Drucksache 21/230) when the motion Drucksache 21/9999 was recorded; check it against that motion's text.", task);
        // The mandate it came from keeps its own marks.
        var mandate2025 = text[text.IndexOf("id: KFOR-2025", StringComparison.Ordinal)..text.IndexOf("id: KFOR-2026", StringComparison.Ordinal)];
        Assert.DoesNotContain("Taken over", mandate2025);
        // What a record keeps per mandate (mission, acts it lasts as long as) is unconfirmed through the mandate's source; the motion itself is what the clerk stated.
        using var show = JsonDocument.Parse(Run("show", "KFOR", "--json").Out);
        var kfor2026 = show.RootElement.GetProperty("chain").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "KFOR-2026");
        Assert.False(kfor2026.GetProperty("mission").GetProperty("source").GetProperty("verified").GetBoolean());
        Assert.False(kfor2026.GetProperty("requires")[0].GetProperty("source").GetProperty("verified").GetBoolean());
        Assert.Contains("were taken over from KFOR-2025 (Drucksache 21/230)", kfor2026.GetProperty("source").GetProperty("note").GetString());
        Assert.True(kfor2026.GetProperty("motion").GetProperty("source").GetProperty("verified").GetBoolean());
        // The table says so too, once the new mandate governs.
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-25", "--result", "adopted", "--source", "test vote").Exit);
        Assert.Matches(@"│ legal bases +│ UNSCR 1244; NAC decision of 30 January 1999; MTA of 9 June 1999; Art\. 24\(2\) GG \[unverified\]", Run("show", "KFOR", "--on", "2026-07-01").Out);
    }

    [Fact]
    public void A_revocation_ends_authorisation_from_its_effective_day()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2026-01-01", "--until", "2026-03-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2026-01-01").Exit);
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-01-15", "--effective", "2026-01-31", "--source", "test").Exit);
        Assert.Equal(0, Run("check", "KFOR", "--on", "2026-01-30").Exit);
        var after = Run("check", "KFOR", "--on", "2026-01-31", "--json");
        Assert.Equal(1, after.Exit);
        using (var json = JsonDocument.Parse(after.Out))
            Assert.Equal("not-met", json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "not-revoked").GetProperty("outcome").GetString());

        // The audit: the two serving from the effective day on, for as long as the open tour serves.
        using var audit = JsonDocument.Parse(Run("audit", "--json").Out);
        var revoked = Assert.Single(audit.RootElement.GetProperty("violations").EnumerateArray());
        Assert.Equal(("not-revoked", "2026-01-31", JsonValueKind.Null, 2),
            (revoked.GetProperty("rule").GetString(), revoked.GetProperty("from").GetString(), revoked.GetProperty("to").ValueKind, revoked.GetProperty("maxStrength").GetInt32()));
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
        Assert.Contains("(terminated by S/RES/9999 (2026), decided 2026-03-01): it authorises through 2026-03-31", legalActs.GetProperty("reason").GetString());
        Assert.Contains("2026-03-31", Run("list", "--on", "2026-03-15").Out);
    }

    [Theory]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2025-06-26", "--result", "adopted", "--source", "x" }, "already has a vote (2025-06-26)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2099", "--date", "2025-06-26", "--result", "adopted", "--source", "x" }, "--mandate: 'KFOR-2099' is not a mandate in the record; expected one of KFOR's 27 mandates, an operation's id and the year of its consent, KFOR-1999 to KFOR-2025.")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2025-06-26", "--result", "maybe", "--source", "x" }, "--result: 'maybe' is not one of adopted, rejected")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-9999", "--date", "2026-01-01", "--change", "terminated", "--until", "2026-01-31", "--source", "x" }, "--act: 'unscr-9999' is not in the record")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-1244", "--date", "2026-01-01", "--change", "terminated", "--until", "1990-01-01", "--source", "x" }, "--until: '1990-01-01' is not valid; expected a last day on or after the act came into force (1999-06-10)")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-1244", "--date", "2025-01-01", "--change", "extended", "--until", "2024-01-01", "--source", "x" }, "--until: '2024-01-01' is not valid; expected 'open' or a last day on or after the day the extension was decided (2025-01-01)")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2025", "--document", "Drucksache 21/1", "--source", "x" }, "--mandate: 'KFOR-2025' is already a mandate in the record (KFOR-2025 (Drucksache 21/230)); expected a new id for a new motion, e.g. KFOR-2029.")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1", "--procedure", "simplified", "--source", "x" }, "--distributed: expected the distribution date: the simplified procedure (§ 4 ParlBG) counts 7 days from it")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-02-01", "--effective", "2026-01-01", "--source", "x" }, "--effective: '2026-01-01' is before --date (2026-02-01)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2025", "--date", "2026-06-26", "--result", "adopted" }, "--source")]
    // Taking over a time-limited mandate's end would give an extension decided after it nothing to authorise.
    [InlineData(new[] { "record", "motion", "ASPIDES", "--mandate", "ASPIDES-2026", "--document", "Drucksache 21/3000", "--distributed", "2026-10-16", "--extension", "--source", "x" },
        "--end: missing: ASPIDES-2025-10 authorises no later than 2026-10-31, and a new motion states its own duration (§ 3(2) ParlBG); expected the new mandate's last day, e.g. --end 2027-10-31, or --end open.")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "kfor-2025", "--document", "Drucksache 21/1", "--source", "x" },
        "--mandate: 'kfor-2025' is already a mandate in the record (KFOR-2025 (Drucksache 21/230))")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "drucksache 21/230", "--source", "x" },
        "--document: 'drucksache 21/230' is already the printed paper of KFOR-2025 (Drucksache 21/230); a Drucksache is one motion")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-E", "--document", "Drucksache 21/1", "--procedure", "subsequent-approval", "--start", "2026-03-01", "--distributed", "2026-02-01", "--source", "x" },
        "--distributed: '2026-02-01' is not valid; expected a day on or after the deployment's start (2026-03-01): under § 5 ParlBG the deployment begins in imminent danger and the motion for approval follows it")]
    [InlineData(new[] { "record", "act-change", "--act", "nac-1999-01-30", "--date", "2026-06-30", "--change", "extended", "--until", "2026-12-31", "--source", "x" },
        "--until: '2026-12-31' is not valid; expected a last day after the one the act already has (it is in force open-ended): an extension carries an act further; if it ends on that day, record the change as terminated")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1", "--end", "OPN", "--source", "x" },
        "--end: 'OPN' is neither a calendar day nor 'open'; expected YYYY-MM-DD")]
    public void A_decision_that_does_not_fit_is_refused_and_nothing_is_written(string[] args, string message)
    {
        Assert.Equal(0, Run("list").Exit);
        var said = Refused(args);
        Assert.Contains(message, said);
    }

    [Fact]
    public void An_extension_of_a_time_limited_mandate_needs_its_own_end_and_a_vote_after_the_end_it_states_is_refused()
    {
        // The extension's own end is stated: adopted after the old end, it authorises from its vote.
        Assert.Equal(0, Run("record", "motion", "ASPIDES", "--mandate", "ASPIDES-2026", "--document", "Drucksache 21/3000", "--distributed", "2026-10-16", "--extension", "--end", "2026-10-31", "--source", "x").Exit);
        var tooLate = Run("record", "vote", "--mandate", "ASPIDES-2026", "--date", "2026-11-05", "--result", "adopted", "--source", "x");
        Assert.Equal(2, tooLate.Exit);
        Assert.Contains("--date: '2026-11-05' is not valid; expected a day on or before the end (2026-10-31): a mandate authorises nothing after its last day, so consent beginning after it would authorise no day", tooLate.Err);

        Assert.Equal(0, Run("record", "motion", "ASPIDES", "--mandate", "ASPIDES-2026b", "--document", "Drucksache 21/3001", "--distributed", "2026-10-16", "--extension", "--end", "2027-10-31", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "vote", "--mandate", "ASPIDES-2026b", "--date", "2026-11-05", "--result", "adopted", "--source", "x").Exit);
        Assert.Equal(0, Run("check", "ASPIDES", "--on", "2026-11-06", "--task", "protect-shipping").Exit);
    }

    [Fact]
    public void A_vote_that_would_begin_two_consents_on_one_day_is_refused_and_every_command_still_answers()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2025b", "--document", "Drucksache 21/231", "--source", "x").Exit);
        var tie = Refused("record", "vote", "--mandate", "KFOR-2025b", "--date", "2025-06-26", "--result", "adopted", "--source", "x");
        Assert.Contains("this decision would leave the record unable to say which mandate governs; nothing was written", tie);
        Assert.Contains("KFOR-2025 (Drucksache 21/230) and KFOR-2025b (Drucksache 21/231) both decide which mandate of KFOR governs from 2025-06-26", tie);
        Assert.Equal(0, Run("list").Exit);
        Assert.Equal(0, Run("check", "ASPIDES", "--on", "2025-07-01").Exit);
    }

    [Fact]
    public void A_new_motion_takes_the_terms_last_consented_to_not_a_rejected_motions()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1", "--ceiling", "300", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-25", "--result", "rejected", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026b", "--document", "Drucksache 21/2", "--source", "x").Exit);
        using var json = JsonDocument.Parse(Run("show", "KFOR", "--json").Out);
        var chain = json.RootElement.GetProperty("chain").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("ceiling").GetProperty("persons").GetInt32());
        Assert.Equal((300, 400), (chain["KFOR-2026"], chain["KFOR-2026b"]));
    }

    [Fact]
    public void A_new_motion_takes_no_terms_from_a_rejected_subsequent_approval()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-E", "--document", "Drucksache 21/1", "--procedure", "subsequent-approval",
            "--start", "2026-03-01", "--distributed", "2026-03-02", "--ceiling", "300", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-E", "--date", "2026-03-20", "--result", "rejected", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2027", "--document", "Drucksache 21/2", "--source", "x").Exit);
        using var json = JsonDocument.Parse(Run("show", "KFOR", "--json").Out);
        Assert.Equal(400, json.RootElement.GetProperty("chain").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "KFOR-2027").GetProperty("ceiling").GetProperty("persons").GetInt32());
    }

    [Fact]
    public void An_act_change_recorded_twice_is_refused_the_second_time()
    {
        string[] change = ["record", "act-change", "--act", "unscr-1244", "--date", "2026-03-01", "--change", "terminated", "--until", "2026-03-31", "--source", "x"];
        Assert.Equal(0, Run(change).Exit);
        var again = Refused(change);
        Assert.Contains("--act: UNSCR 1244 already has this change (2026-03-01, terminated, until 2026-03-31)", again);
    }

    [Fact]
    public void Show_says_no_mandate_is_in_force_where_the_governing_one_authorises_nothing()
    {
        var ended = Run("show", "ASPIDES", "--on", "2026-11-27");
        Assert.Contains("No mandate is in force on 2026-11-27. The latest to govern, ASPIDES-2025-10", ended.Out);
        Assert.Contains("authorised no later than 2026-10-31", ended.Out);
        Assert.DoesNotContain("Mandate in force", ended.Out);
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-03-05", "--effective", "2026-03-31", "--source", "x").Exit);
        using var json = JsonDocument.Parse(Run("show", "KFOR", "--on", "2026-04-01", "--json").Out);
        Assert.Equal((JsonValueKind.Null, "KFOR-2025"), (json.RootElement.GetProperty("inForce").ValueKind, json.RootElement.GetProperty("governing").GetString()));
        Assert.Contains("revoked", Assert.Single(json.RootElement.GetProperty("authorisesNothingBecause").EnumerateArray()).GetString());
        Assert.Contains("Mandate in force on 2026-03-30: KFOR-2025", Run("show", "KFOR", "--on", "2026-03-30").Out);
    }

    /// <summary>KFOR-2028's motion, distributed on 1 May 2027, for the vote cases below.</summary>
    private void RecordTheMotionOf2028() =>
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2028", "--document", "Drucksache 21/2028", "--distributed", "2027-05-01", "--source", "test motion").Exit);

    [Fact]
    public void A_demand_for_debate_after_the_seventh_day_is_recorded_and_said_to_come_too_late()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1", "--procedure", "simplified",
            "--distributed", "2026-06-02", "--source", "x").Exit);
        var late = Run("record", "objection", "--mandate", "KFOR-2026", "--date", "2026-06-12", "--by", "a group", "--source", "x");
        Assert.Equal(0, late.Exit);
        Assert.Contains("(made after the period for it ended on 2026-06-09, so under § 4(1) ParlBG it does not stop the consent deemed given from 2026-06-10)", late.Out);
    }

    [Theory]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "adopted", "--yes", "1", "--no", "500", "--abstentions", "0", "--source", "x" },
        "--result: 'adopted' is not valid; expected 'rejected' for 1 yes and 500 no: the Bundestag consents only by a majority of the votes cast, more yes than no")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "rejected", "--yes", "400", "--no", "150", "--abstentions", "0", "--source", "x" },
        "--result: 'rejected' is not valid; expected 'adopted' for 400 yes and 150 no")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-04-01", "--result", "adopted", "--source", "x" },
        "--date: '2027-04-01' is not valid; expected a day on or after the motion's distribution (2027-05-01): a plenary vote cannot precede")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2025", "--date", "1900-01-01", "--source", "x" },
        "--date: '1900-01-01' is not valid; expected a day on or after the vote that gave consent (2025-06-26): § 8 ParlBG withdraws a consent already given")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2028", "--date", "2027-05-10", "--source", "x" },
        "--mandate: expected no revocation: KFOR-2028 has no consent yet (no adopted vote), so there is none to withdraw (§ 8 ParlBG)")]
    [InlineData(new[] { "record", "cabinet", "--mandate", "KFOR-2025", "--date", "2027-12-31", "--source", "x" },
        "--mandate: KFOR-2025 (Drucksache 21/230) already has a cabinet decision (2025-05-21); the cabinet decides a motion once.")]
    [InlineData(new[] { "record", "cabinet", "--mandate", "KFOR-2028", "--date", "2027-05-02", "--source", "x" },
        "--date: '2027-05-02' is not valid; expected a day on or before the motion's distribution (2027-05-01)")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2029", "--document", "Drucksache 21/1", "--end", "2024-01-01", "--distributed", "2026-01-01", "--source", "x" },
        "--end: '2024-01-01' is not valid; expected a day on or after the motion's distribution (2026-01-01): a mandate cannot end before its motion is distributed")]
    [InlineData(new[] { "record", "objection", "--mandate", "KFOR-2025", "--date", "2025-05-25", "--by", "a group", "--source", "x" },
        "--mandate: expected no demand for debate: one is made only on a motion under the simplified procedure (§ 4 ParlBG), and KFOR-2025 is not one")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2029", "--document", "", "--source", "x" },
        "--document: '' is empty; expected the motion's printed paper, e.g. Drucksache 21/999.")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-01-15", "--document", "", "--source", "x" },
        "--document: '' is empty; expected the printed paper of the decision")]
    [InlineData(new[] { "record", "cabinet", "--mandate", "KFOR-2028", "--date", "2027-04-01", "--source", "" },
        "--source: '' is empty; expected the document this fact comes from, a link or a citation")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2029", "--document", "Drucksache 21/1", "--ceiling", "2000000", "--source", "x" },
        "--ceiling: '2000000' is not a ceiling; expected the most soldiers at once, a whole number from 1 to 1,000,000, e.g. 400.")]
    [InlineData(new[] { "record", "motion", "KFOR", "--mandate", "KFOR-2029", "--document", "Drucksache 21/1", "--ceiling", "0", "--source", "x" },
        "--ceiling: '0' is not a ceiling; expected the most soldiers at once, a whole number from 1 to 1,000,000, e.g. 400.")]
    [InlineData(new[] { "record", "act-change", "--act", "unscr-1244", "--date", "1990-01-01", "--change", "extended", "--until", "open", "--source", "x" },
        "--date: '1990-01-01' is not valid; expected a day on or after the act was adopted (1999-06-10)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "adopted", "--yes", "-1", "--source", "x" },
        "--yes: '-1' is not a count of votes; expected a whole number from 0 to 1,000")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "adopted", "--yes", "100", "--no", "20", "--source", "x" },
        "--yes/--no/--abstentions: give all three counts or none")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "adopted", "--yes", "100000", "--no", "0", "--abstentions", "0", "--source", "x" },
        "--yes: '100000' is not a count of votes; expected a whole number from 0 to 1,000 (the Bundestag's members)")]
    [InlineData(new[] { "record", "vote", "--mandate", "KFOR-2028", "--date", "2027-06-01", "--result", "adopted", "--yes", "600", "--no", "300", "--abstentions", "200", "--source", "x" },
        "--yes/--no/--abstentions: 1,100 votes in all; expected the counts of at most 1,000 members together")]
    [InlineData(new[] { "record", "revocation", "--mandate", "KFOR-2024", "--date", "2026-01-10", "--source", "x" },
        "--mandate: KFOR-2024 (Drucksache 20/11565) no longer governs KFOR on 2026-01-10: KFOR-2025 (Drucksache 21/230) replaced it on 2025-06-26; a revocation withdraws the consent in force: expected --mandate KFOR-2025.")]
    public void A_decision_the_law_does_not_allow_is_refused_naming_the_option_and_nothing_is_written(string[] args, string message)
    {
        RecordTheMotionOf2028();
        var said = Refused(args);
        Assert.Contains(message, said);
        // Neither .NET's wording nor the store's internal copy of the record reaches the user.
        Assert.DoesNotContain("(Parameter", said);
        Assert.DoesNotContain(".yaml:", said);
    }

    [Fact]
    public void A_second_revocation_is_refused_naming_the_first()
    {
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-01-15", "--document", "Drucksache 21/1111", "--source", "test").Exit);
        var second = Refused("record", "revocation", "--mandate", "KFOR-2025", "--date", "2026-03-01", "--source", "test");
        Assert.Contains("--mandate: KFOR-2025 (Drucksache 21/230) is already revoked (decided 2026-01-15, Drucksache 21/1111); the Bundestag withdraws its consent once.", second);
        // The first revocation still governs: consent holds until it.
        Assert.Equal(0, Run("check", "KFOR", "--on", "2026-01-14").Exit);
    }

    [Fact]
    public void A_revocation_dated_before_consent_leaves_the_mandate_authorising()
    {
        Assert.Equal(2, Run("record", "revocation", "--mandate", "KFOR-2025", "--date", "1900-01-01", "--source", "x").Exit);
        Assert.Equal(0, Run("check", "KFOR", "--on", "2025-07-01").Exit);
    }

    /// <summary>A decision is recorded once taken: a day after today (2028-01-03 here) is a typo, or a vote still to come, and the law would follow it at once.</summary>
    [Theory]
    [InlineData("--distributed", "record", "motion", "KFOR", "--mandate", "KFOR-2029", "--document", "Drucksache 21/1", "--distributed", "2028-01-05", "--source", "x")]
    [InlineData("--date", "record", "cabinet", "--mandate", "KFOR-2028", "--date", "2028-02-01", "--source", "x")]
    [InlineData("--date", "record", "vote", "--mandate", "KFOR-2028", "--date", "2028-06-25", "--result", "adopted", "--source", "x")]
    [InlineData("--date", "record", "objection", "--mandate", "KFOR-2028", "--date", "2029-05-03", "--by", "a group", "--source", "x")]
    [InlineData("--date", "record", "revocation", "--mandate", "KFOR-2025", "--date", "2030-01-01", "--source", "x")]
    [InlineData("--date", "record", "act-change", "--act", "unscr-1244", "--date", "2028-03-01", "--change", "terminated", "--until", "2028-03-31", "--source", "x")]
    [InlineData("--date", "record", "vote", "--mandate", "KFOR-2028", "--date", "2028-01-04", "--result", "adopted", "--source", "x")]
    [InlineData("--start", "record", "motion", "KFOR", "--mandate", "KFOR-E", "--document", "Drucksache 21/1", "--procedure", "subsequent-approval", "--start", "2028-02-01", "--source", "x")]
    public void A_decision_dated_after_today_is_refused_and_nothing_is_written(string option, params string[] args)
    {
        RecordTheMotionOf2028();
        var said = Refused(args);
        Assert.Contains($"{option}: '", said);
        Assert.Contains("' is after today (2028-01-03 in Berlin); a decision is recorded once it is taken", said);
        // The law did not follow it: KFOR-2025 still authorises.
        Assert.Equal(0, Run("check", "KFOR", "--on", "2027-12-31").Exit);
    }

    [Fact]
    public void A_decision_is_dated_by_the_day_in_Berlin()
    {
        // 00:30 on 2028-01-04 in Berlin, while the UTC day is still 2028-01-03.
        var justAfterMidnightInBerlin = NodaTime.Instant.FromUtc(2028, 1, 3, 23, 30);
        Assert.Equal(0, RunAt(justAfterMidnightInBerlin, "record", "revocation", "--mandate", "KFOR-2025", "--date", "2028-01-04", "--source", "x").Exit);
        Assert.Equal(1, Run("check", "KFOR", "--on", "2028-01-04").Exit);
    }

    [Fact]
    public void A_rejected_resubmission_is_named_by_list_and_check_and_the_mandate_it_was_to_replace_stands()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/999", "--distributed", "2026-05-20", "--extension", "--source", "x").Exit);
        // Put, not yet decided: the government's undertaking to resubmit is kept.
        // Read from the JSON: the table's columns (and where they wrap) depend on every operation of the record.
        using (var pending = JsonDocument.Parse(Run("list", "--on", "2026-06-01", "--json").Out))
        {
            var kforThen = pending.RootElement.GetProperty("operations").EnumerateArray()
                .Single(o => o.GetProperty("operation").GetString() == "KFOR");
            var said = kforThen.GetProperty("nextDeadline").ToString();
            Assert.Contains("put as KFOR-2026 (Drucksache 21/999), which", said);
            Assert.DoesNotContain("overdue", said);
        }
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-18", "--result", "rejected", "--yes", "200", "--no", "400", "--abstentions", "3", "--source", "x").Exit);

        using var list = JsonDocument.Parse(Run("list", "--on", "2026-11-27", "--json").Out);
        var kfor = list.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("operation").GetString() == "KFOR");
        Assert.True(kfor.GetProperty("authorised").GetBoolean());
        Assert.Equal("KFOR-2025", kfor.GetProperty("mandate").GetString());
        var next = kfor.GetProperty("nextDeadline");
        Assert.Equal("2026-06-18", next.GetProperty("date").GetString());
        Assert.StartsWith("the Bundestag rejected the resubmission, KFOR-2026 (Drucksache 21/999); KFOR-2025 (Drucksache 21/230) stays in force", next.GetProperty("what").GetString());

        var check = Run("check", "KFOR", "--on", "2026-11-27", "--add", "5", "--json");
        Assert.Equal(0, check.Exit);
        using var decision = JsonDocument.Parse(check.Out);
        var consent = decision.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "consent");
        Assert.Contains("The Bundestag rejected the later motion KFOR-2026 (Drucksache 21/999) on 2026-06-18 (200 yes, 400 no, 3 abstentions); a rejected motion withdraws no consent",
            consent.GetProperty("reason").GetString());
        // The day before the vote, there was nothing to say.
        Assert.DoesNotContain("rejected", Run("check", "KFOR", "--on", "2026-06-17").Out);
    }

    [Fact]
    public void A_decision_that_leaves_recorded_tours_breaking_the_law_is_recorded_with_a_warning_naming_them()
    {
        foreach (var person in new[] { "P-1", "P-2", "P-3" })
            Assert.Equal(0, Run("deploy", "KFOR", "--person", person, "--task", "reconnaissance", "--from", "2026-01-05").Exit);
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/999", "--distributed", "2026-05-20", "--ceiling", "2", "--source", "x").Exit);
        // A motion alone changes no consent, so nothing is broken yet: no warning.
        Assert.DoesNotContain("warning", Run("record", "cabinet", "--mandate", "KFOR-2026", "--date", "2026-05-19", "--source", "x").Err);

        var vote = Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-25", "--result", "adopted", "--source", "x");
        Assert.Equal(0, vote.Exit);
        Assert.Contains("Recorded the vote on KFOR-2026", vote.Out);
        Assert.Contains("warning: under this decision, tours already recorded break the law (1 violation); end or correct them (end-tour, correct-tour):", vote.Err);
        Assert.Contains("  KFOR from 2026-06-25 onwards, ceiling: ", vote.Err);
        Assert.Contains("`mandates audit KFOR` lists every violation.", vote.Err);

        // The revocation adds a violation of its own, and the JSON names it with how many serve.
        var revocation = Run("record", "revocation", "--mandate", "KFOR-2026", "--date", "2026-09-01", "--source", "x", "--json");
        Assert.Equal(0, revocation.Exit);
        using var json = JsonDocument.Parse(revocation.Out);
        var broken = json.RootElement.GetProperty("toursNowBreakTheLaw").EnumerateArray().ToList();
        var revoked = Assert.Single(broken, v => v.GetProperty("rule").GetString() == "not-revoked");
        Assert.Equal("2026-09-01", revoked.GetProperty("from").GetString());
        Assert.Equal(3, revoked.GetProperty("maxStrength").GetInt32());
        // What was already broken (the ceiling until the revocation) is not said again.
        Assert.DoesNotContain(broken, v => v.GetProperty("rule").GetString() == "ceiling" && v.GetProperty("from").GetString() == "2026-06-25");
    }

    [Fact]
    public void A_deployment_awaiting_subsequent_approval_cannot_be_revoked_for_no_consent_was_given()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-E", "--document", "Drucksache 21/1000", "--procedure", "subsequent-approval",
            "--start", "2026-07-01", "--distributed", "2026-07-03", "--source", "x").Exit);
        var revocation = Refused("record", "revocation", "--mandate", "KFOR-E", "--date", "2026-07-05", "--source", "x");
        Assert.Contains("--mandate: expected no revocation: KFOR-E has no consent yet: its deployment began under § 5 ParlBG and awaits the Bundestag's approval", revocation);
        Assert.Contains("the Bundestag ends it by rejecting the approval (§ 5(3) ParlBG)", revocation);
        // Once approved, its consent can be withdrawn.
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-E", "--date", "2026-07-09", "--result", "adopted", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "revocation", "--mandate", "KFOR-E", "--date", "2026-09-01", "--source", "x").Exit);
    }

    [Fact]
    public void A_note_on_a_past_resubmission_hides_no_limit_to_come_and_an_adopted_one_is_not_called_rejected()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/998", "--distributed", "2026-06-01", "--start", "2026-12-01", "--source", "x").Exit);
        // Not yet put on 2025-07-01: the undertaking still falls due.
        Assert.StartsWith("resubmission due 12 months after the vote of 2025-06-26", NextDeadline("2025-07-01").GetProperty("what").GetString());
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-2026", "--date", "2026-06-20", "--result", "adopted", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026B", "--document", "Drucksache 21/999", "--distributed", "2026-07-01", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "vote", "--mandate", "KFOR-2026B", "--date", "2026-07-10", "--result", "rejected", "--source", "x").Exit);
        // KFOR-2026 was adopted and takes over on 2026-12-01: nothing is said to stay in force for want of a new motion.
        var takesOver = NextDeadline("2026-08-01");
        Assert.Equal(("2026-12-01", "consent to KFOR-2026 (Drucksache 21/998), adopted on 2026-06-20, begins: it governs KFOR from this day"),
            (takesOver.GetProperty("date").GetString(), takesOver.GetProperty("what").GetString()));

        // UNSCR 1244 ending is a limit to come; the note on the rejected motion is past, and does not hide it.
        Assert.Equal(0, Run("record", "act-change", "--act", "unscr-1244", "--date", "2027-11-27", "--change", "terminated", "--until", "2028-03-31", "--source", "x").Exit);
        var next = NextDeadline("2028-01-01");
        Assert.Equal(("2028-03-31", true), (next.GetProperty("date").GetString(), next.GetProperty("legalLimit").GetBoolean()));
    }

    [Fact]
    public void A_simplified_motion_deemed_approved_is_no_resubmission_awaiting_a_vote()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/999", "--distributed", "2026-11-10",
            "--procedure", "simplified", "--start", "2026-12-15", "--source", "x").Exit);
        var next = NextDeadline("2026-11-27");
        Assert.Equal(("2026-12-15", "consent to KFOR-2026 (Drucksache 21/999), deemed given (no debate demanded by 2026-11-17), begins: it governs KFOR from this day"),
            (next.GetProperty("date").GetString(), next.GetProperty("what").GetString()));
    }

    /// <summary>KFOR's next deadline as `list --json` gives it on the day.</summary>
    private JsonElement NextDeadline(string day)
    {
        using var list = JsonDocument.Parse(Run("list", "--on", day, "--json").Out);
        return list.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("operation").GetString() == "KFOR").GetProperty("nextDeadline").Clone();
    }
}
