using Mandates.Core.Dip;
using Mandates.Core.Problems;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Dip.DipFixtures;

namespace Mandates.Core.Tests.Dip;

/// <summary>Reading DIP JSON after the public specification: what is taken, left out, and refused.</summary>
public class DipReaderTests
{
    private static Problem Refused(params DipFile[] files) =>
        Assert.Throws<ProblemException>(() => DipReader.Read(files)).Problem;

    [Fact]
    public void A_list_of_steps_gives_the_motion_its_distribution_and_the_plenary_decision_with_its_counts()
    {
        var read = DipReader.Read([File("kfor-2025.json")]);
        Assert.Equal(3, read.Documents);
        var motion = Assert.Single(read.Motions);
        Assert.Equal(("21/230", new LocalDate(2025, 5, 22)), (motion.Number, motion.Distributed));
        Assert.Equal("dip/kfor-2025.json: $.documents[0].fundstelle.verteildatum", motion.DistributedAt);
        var decision = Assert.Single(read.Decisions);
        Assert.Equal(("21/230", new LocalDate(2025, 6, 26), true),
            (decision.Number, decision.Date, decision.Accepted));
        Assert.Equal((391, 189, 2, true), (decision.Yes, decision.No, decision.Abstentions, decision.RollCall));
        Assert.Equal("DIP Vorgang 900001, Vorgangsposition 900013 (Beratung): BT-Plenarprotokoll 21/15, p. 1234B, "
            + "2025-06-26", decision.Source);
        // The referral to committee decides nothing, and says so.
        var skipped = Assert.Single(read.Skipped);
        Assert.Equal("dip/kfor-2025.json: $.documents[1].beschlussfassung[0]", skipped.Where);
        Assert.Contains("'Überweisung' neither adopts nor rejects", skipped.Reason);
    }

    [Fact]
    public void A_single_Drucksache_is_a_motion_cited_with_its_link()
    {
        var motion = Assert.Single(DipReader.Read([File("kfor-2026-drucksache.json")]).Motions);
        Assert.Equal(("21/999", new LocalDate(2026, 6, 2)), (motion.Number, motion.Distributed));
        Assert.Equal(
            "BT-Drucksache 21/999 (DIP Dokument 900121) ; https://dserver.bundestag.de/btd/21/009/2100999.pdf",
            motion.Source);
    }

    [Fact]
    public void A_remark_without_counts_and_no_way_of_voting_give_none()
    {
        var file = Changed("kfor-2025.json", "\"abstimmungsart\": \"Namentliche Abstimmung\",", "");
        file = file with { Text = file.Text.Replace("\"391:189:2\"", "\"einstimmig\"") };
        var decision = Assert.Single(DipReader.Read([file]).Decisions);
        Assert.Equal((null, null, null, null), (decision.Yes, decision.No, decision.Abstentions, decision.RollCall));
    }

    [Fact]
    public void Steps_of_the_Bundesrat_and_Drucksachen_other_than_motions_are_left_out_saying_why()
    {
        var read = DipReader.Read([
            Edited("kfor-2025.json", json => json["documents"]![2]!["zuordnung"] = "BR"),
            Edited("kfor-2026-drucksache.json", json => json["drucksachetyp"] = "Beschlussempfehlung und Bericht"),
        ]);
        Assert.Empty(read.Decisions);
        Assert.Single(read.Motions);
        Assert.Contains(read.Skipped, s => s.Reason == "a step of the BR, not of the Bundestag");
        Assert.Contains(read.Skipped, s => s.Where == "dip/kfor-2026-drucksache.json: $"
            && s.Reason == "a Drucksache of the type 'Beschlussempfehlung und Bericht', not a motion (Antrag)");
    }

    /// <summary>Each malformed fixture, the place its problem is named at, and what the message says.</summary>
    [Theory]
    [InlineData("bad-missing-datum.json", "$.documents[2].datum",
        "missing; expected the day of the step's document, e.g. 2025-06-26.")]
    [InlineData("bad-wrong-type.json", "$.documents[0].fundstelle.verteildatum",
        "'20250522' is a number; expected a calendar day YYYY-MM-DD")]
    [InlineData("bad-unknown-kind.json", "$.documents[1].typ",
        "'Aktivität' is not a kind of DIP document this import reads; expected Vorgang, Vorgangsposition")]
    [InlineData("bad-invalid.json", "$", "not JSON at line 22, byte 30: '0x0A' is invalid within a JSON string")]
    [InlineData("bad-empty.json", "$", "the file is empty; expected a DIP document or a list response")]
    public void A_malformed_file_is_refused_naming_the_file_the_path_the_value_and_what_was_expected(string name,
        string path, string said)
    {
        var problem = Refused(File(name));
        Assert.Equal($"dip/{name}: {path}", problem.Field);
        Assert.Contains(said, problem.ToString());
    }

    [Fact]
    public void A_page_whose_cursor_an_earlier_page_had_is_refused_naming_both()
    {
        var problem = Refused(File("bad-cursor-page-1.json"), File("bad-cursor-page-2.json"));
        Assert.Equal("dip/bad-cursor-page-2.json: $.cursor", problem.Field);
        Assert.Equal("AoJ-test-kfor-2025-page-1", problem.Value);
        Assert.Contains("repeats the cursor of dip/bad-cursor-page-1.json: $", problem.ToString());
    }

    [Fact]
    public void The_last_empty_page_may_repeat_the_cursor_it_was_asked_with()
    {
        var last = new DipFile("dip/last.json",
            """{"numFound": 3, "cursor": "AoJ-test-kfor-2025-page-1", "documents": []}""");
        var read = DipReader.Read([File("kfor-2025.json"), last]);
        Assert.Equal(3, read.Documents);
    }

    [Theory]
    [InlineData("\"abstimmungsart\": \"Namentliche Abstimmung\"", "\"abstimmungsart\": \"Zuruf\"",
        "$.documents[2].beschlussfassung[0].abstimmungsart", "'Zuruf' is not a way of voting DIP names")]
    [InlineData("\"391:189:2\"", "\"600:500:2\"", "$.documents[2].beschlussfassung[0].abstimm_ergebnis_bemerkung",
        "gives 1,102 votes in all")]
    [InlineData("\"dokumentnummer\": \"21/15\"", "\"dokumentnummer\": 15", "$.documents[2].fundstelle.dokumentnummer",
        "'15' is a number; expected the number of the step's document")]
    [InlineData("\"numFound\": 3", "\"numFound\": \"three\"", "$.numFound", "'three' is not what this field holds")]
    [InlineData("\"beschlusstenor\": \"Annahme der Vorlage\",\n          \"dokumentnummer\": \"21/230\"",
        "\"beschlusstenor\": \"Annahme der Vorlage\",\n          \"dokumentnummer\": \"Drucksache\"",
        "$.documents[2].beschlussfassung[0].dokumentnummer", "'Drucksache' is not a Drucksache number")]
    public void A_field_of_the_wrong_form_is_refused_at_its_path(string from, string to, string path, string said)
    {
        var problem = Refused(Changed("kfor-2025.json", from, to));
        Assert.Equal($"dip/kfor-2025.json: {path}", problem.Field);
        Assert.Contains(said, problem.ToString());
    }
}
