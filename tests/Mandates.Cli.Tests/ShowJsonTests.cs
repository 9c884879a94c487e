using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `show --json`: everything the text shows of a mandate, each fact with the source that states it, so that
/// an auditor reading the JSON sees the same unconfirmed facts as one reading the table.
/// The clock reads early 2028, so the decisions of 2026 these tests record have been taken.
/// </summary>
public class ShowJsonTests() : StoreTests("show-json", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    private const string KforNote = "https://www.bundesregierung.de/breg-en/news/extension-kfor-2348986";

    private JsonElement Mandate(string operation, string day, string id)
    {
        var run = Run("show", operation, "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("chain").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id).Clone();
    }

    /// <summary>A fact's source as a user reads it: reference, whether it is confirmed, and the note.</summary>
    private static (string? Reference, bool Verified, string? Note) SourceOf(JsonElement fact)
    {
        var source = fact.GetProperty("source");
        return (source.GetProperty("reference").GetString(), source.GetProperty("verified").GetBoolean(), source.GetProperty("note").GetString());
    }

    [Fact]
    public void Every_fact_the_text_shows_of_KFOR_2025_is_in_the_json_with_its_source()
    {
        var m = Mandate("KFOR", "2025-07-01", "KFOR-2025");

        Assert.Equal("regular", m.GetProperty("procedure").GetString());
        Assert.False(m.GetProperty("extension").GetBoolean());

        var cabinet = m.GetProperty("cabinet");
        Assert.Equal("2025-05-21", cabinet.GetProperty("date").GetString());
        Assert.Equal(KforNote, SourceOf(cabinet).Reference);

        var motion = m.GetProperty("motion");
        Assert.Equal(("Drucksache 21/230", "2025-05-23", JsonValueKind.Null),
            (motion.GetProperty("document").GetString(), motion.GetProperty("firstReading").GetString(), motion.GetProperty("distributed").ValueKind));
        Assert.EndsWith("kw21-de-bundeswehr-kfor-1067402", SourceOf(motion).Reference);

        var committee = m.GetProperty("committee");
        Assert.Equal(("Foreign Affairs Committee", "adopt"), (committee.GetProperty("committee").GetString(), committee.GetProperty("recommendation").GetString()));
        Assert.False(SourceOf(committee).Verified);
        Assert.Contains("the recommendation is inferred from the adopting vote", SourceOf(committee).Note);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("objection").ValueKind);

        var vote = m.GetProperty("vote");
        Assert.Equal(("2025-06-26", "adopted", 391, 189, 2, true), (vote.GetProperty("date").GetString(), vote.GetProperty("result").GetString(),
            vote.GetProperty("yes").GetInt32(), vote.GetProperty("no").GetInt32(), vote.GetProperty("abstentions").GetInt32(), vote.GetProperty("rollCall").GetBoolean()));
        Assert.StartsWith("news.de/politik/858734035", SourceOf(vote).Reference);
        Assert.Equal("48 of 630 members did not vote.", SourceOf(vote).Note);

        // The text: "start: when consent begins (2025-06-26)", "end: open-ended".
        Assert.Equal((JsonValueKind.Null, "2025-06-26", JsonValueKind.Null),
            (m.GetProperty("start").ValueKind, m.GetProperty("consentBegins").GetString(), m.GetProperty("end").ValueKind));

        Assert.EndsWith("the government resubmits it yearly", m.GetProperty("plannedDuration").GetProperty("text").GetString());
        Assert.Equal(KforNote, SourceOf(m.GetProperty("plannedDuration")).Reference);
        Assert.Equal(
            ["UNSCR 1244 (United Nations Security Council Resolution 1244 (1999))", "NAC decision of 30 January 1999 (Decision of the North Atlantic Council of 30 January 1999 on Kosovo (the \"NATO deployment decision\" cited in German KFOR motions))"],
            m.GetProperty("requires").EnumerateArray().Select(a => $"{a.GetProperty("short").GetString()} ({a.GetProperty("title").GetString()})"));
        Assert.Equal(["UNSCR 1244", "NAC decision of 30 January 1999", "MTA of 9 June 1999", "Art. 24(2) GG"],
            m.GetProperty("legalBases").EnumerateArray().Select(a => a.GetProperty("short").GetString()));
        Assert.All(m.GetProperty("legalBases").EnumerateArray(), a => Assert.Equal(KforNote, SourceOf(a).Reference));
        Assert.StartsWith("nach Maßgabe des Völkerrechts", m.GetProperty("mission").GetProperty("text").GetString());
        Assert.Equal(KforNote, SourceOf(m.GetProperty("mission")).Reference);

        Assert.Equal(400, m.GetProperty("ceiling").GetProperty("persons").GetInt32());
        Assert.Equal((KforNote, true), (SourceOf(m.GetProperty("ceiling")).Reference, SourceOf(m.GetProperty("ceiling")).Verified));
        Assert.Empty(m.GetProperty("ceilingExceptions").EnumerateArray());

        Assert.Equal(8, m.GetProperty("tasks").GetArrayLength());
        Assert.Equal(("hq-pristina", "Staff in the KFOR headquarters in Pristina"),
            (m.GetProperty("tasks")[0].GetProperty("key").GetString(), m.GetProperty("tasks")[0].GetProperty("title").GetString()));
        Assert.Equal(["The Republic of Kosovo and its airspace", "Adjacent areas, with the consent of the states concerned"],
            m.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(9, m.GetProperty("capabilities").GetArrayLength());
        Assert.Equal("Aufklärung (reconnaissance)", m.GetProperty("capabilities").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "reconnaissance").GetProperty("title").GetString());

        Assert.Equal(JsonValueKind.Null, m.GetProperty("costs").ValueKind);
        var official = m.GetProperty("authorisedOfficial");
        Assert.Equal(("Federal Minister of Defence", "Boris Pistorius"), (official.GetProperty("title").GetString(), official.GetProperty("holder").GetString()));
        Assert.Equal(KforNote, SourceOf(official).Reference);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("revocation").ValueKind);

        // The mandate's own source, the default of the facts above, with its note; no flag speaks for all its facts.
        Assert.Equal(KforNote, SourceOf(m).Reference);
        Assert.Contains("Costs not found", SourceOf(m).Note);
        Assert.False(m.TryGetProperty("verified", out _));
    }

    [Fact]
    public void The_json_marks_unverified_exactly_the_facts_the_text_marks()
    {
        var text = Run("show", "KFOR", "--on", "2025-07-01").Out;
        // The facts table ends where the chain begins; the footer explains the mark and is not one.
        var marked = Regex.Matches(text[..text.IndexOf("Chain of mandates", StringComparison.Ordinal)], Regex.Escape("[unverified]")).Count;
        var m = Mandate("KFOR", "2025-07-01", "KFOR-2025");
        var unverified = m.EnumerateObject().Where(p => p.Name != "source")
            .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
            .Count(fact => fact.ValueKind == JsonValueKind.Object && !SourceOf(fact).Verified);
        Assert.Equal(18, marked); // the committee, 6 tasks, 2 areas, 9 capabilities
        Assert.Equal(marked, unverified);
    }

    [Fact]
    public void Every_mandate_of_the_chain_has_the_same_fields()
    {
        var run = Run("show", "KFOR", "--on", "2025-07-01", "--json");
        using var json = JsonDocument.Parse(run.Out);
        var shapes = json.RootElement.GetProperty("chain").EnumerateArray()
            .Select(m => string.Join(",", m.EnumerateObject().Select(p => p.Name))).Distinct().ToList();
        Assert.Contains("ceilingExceptions", Assert.Single(shapes));
    }

    [Fact]
    public void An_unverified_task_says_so_with_its_note_and_a_task_without_its_own_source_takes_the_mandates()
    {
        var tasks = Mandate("KFOR", "2025-07-01", "KFOR-2025").GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        var (reference, verified, note) = SourceOf(tasks["secure-environment"]);
        Assert.Equal("augengeradeaus.net/2022/01/auslandsmissionen-der-bundeswehr-januar-2022-kosovo/", reference);
        Assert.False(verified);
        Assert.StartsWith("Wording of Drucksache 19/29625 (2021); not checked against this year's motion.", note);
        Assert.Equal((KforNote, true), (SourceOf(tasks["hq-pristina"]).Reference, SourceOf(tasks["hq-pristina"]).Verified));
    }

    [Fact]
    public void The_procedure_is_named_in_the_record_formats_words()
    {
        Assert.Equal("regular", Mandate("KFOR", "2025-07-01", "KFOR-2025").GetProperty("procedure").GetString());
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-E", "--document", "Drucksache 21/1", "--procedure", "subsequent-approval",
            "--start", "2026-03-01", "--distributed", "2026-03-02", "--source", "x").Exit);
        Assert.Equal("subsequent-approval", Mandate("KFOR", "2026-03-05", "KFOR-E").GetProperty("procedure").GetString());
    }

    [Fact]
    public void A_ceiling_exception_of_ASPIDES_is_given_with_its_bounds_and_its_unverified_source()
    {
        var exceptions = Mandate("ASPIDES", "2025-07-01", "ASPIDES-2025-01").GetProperty("ceilingExceptions").EnumerateArray().ToList();
        Assert.Equal(["transfer", "rotation", "emergency"], exceptions.Select(e => e.GetProperty("kind").GetString()));
        var exception = exceptions[0];
        Assert.Equal((70, 14), (exception.GetProperty("extraPersons").GetInt32(), exception.GetProperty("maxDays").GetInt32()));
        Assert.StartsWith("vorübergehend überschritten", exception.GetProperty("wording").GetString());
        var (reference, verified, note) = SourceOf(exception);
        Assert.Equal("aktiencheck.de …16614904 (dts, 2024-02)", reference);
        Assert.False(verified);
        Assert.StartsWith("Kept in this extension according to bundestagszusammenfasser.de/details?docid=793 (unconfirmed).", note);
    }
}
