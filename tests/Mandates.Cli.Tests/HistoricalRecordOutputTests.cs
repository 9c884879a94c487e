using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// What the bundled historical record shows users: deployments without consent in `list` and `audit`, and
/// reported strength beside the ceiling in `show` and `strength`, as text and as JSON valid against its schema.
/// </summary>
public class HistoricalRecordOutputTests() : StoreTests("historical")
{
    /// <summary>The text with the table's borders and line breaks taken out.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"[\s│╭╮╰╯─┬┴┼├┤]+", " ");

    [Fact]
    public void List_says_an_operation_was_deployed_without_consent_on_its_days()
    {
        var run = Run("list", "--on", "2003-03-01");
        Assert.Equal(0, run.Exit);
        // The status cell wraps; its start reads on one line.
        Assert.Contains("AWACS-TURKEY deployed without consent", Flat(run.Out));
        var json = Run("list", "--on", "2011-02-26", "--json");
        Schemas.Valid("list.schema.json", json.Out);
        var libya = JsonDocument.Parse(json.Out).RootElement.GetProperty("operations").EnumerateArray()
            .Single(o => o.GetProperty("operation").GetString() == "LIBYA-PEGASUS");
        Assert.Equal("deployed without consent (2011-02-26 to 2011-02-26; never approved)",
            libya.GetProperty("status").GetString());
        Assert.False(libya.GetProperty("authorised").GetBoolean());
    }

    [Fact]
    public void Audit_reports_deployments_without_consent_with_the_courts_ruling_as_findings_of_their_own()
    {
        var run = Run("audit");
        Assert.Equal(0, run.Exit); // facts of the record, not violations by tours
        var text = Flat(run.Out);
        Assert.Contains("2 deployment(s) without the Bundestag's consent", text);
        Assert.Contains("AWACS-TURKEY 2003-02-26 2003-04-17", text);
        // The ruling's cell wraps; its start reads on one line.
        Assert.Contains("BVerfGE 121, 135 (2 BvE 1/03", text);
        var json = Run("audit", "LIBYA-PEGASUS", "--json");
        Schemas.Valid("audit.schema.json", json.Out);
        var found = Assert.Single(
            JsonDocument.Parse(json.Out).RootElement.GetProperty("withoutConsent").EnumerateArray());
        Assert.Equal("2011-02-26", found.GetProperty("from").GetString());
        Assert.StartsWith("BVerfGE 140, 160", found.GetProperty("ruling").GetString());
    }

    [Fact]
    public void Show_gives_the_latest_reported_strength_beside_the_ceiling_with_its_date_and_source()
    {
        var run = Run("show", "KFOR", "--on", "2009-12-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Reported strength: about 2,350 on 2009-09-08 (ceiling on 2009-12-01: 3,500) — "
            + "de.euronews.com/2009/09/08/deutschland-uebernimmt-kfor-kommando-von-italien", Flat(run.Out));
        var json = Run("show", "KFOR", "--on", "2009-12-01", "--json");
        Schemas.Valid("show.schema.json", json.Out);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(3500, root.GetProperty("ceiling").GetProperty("persons").GetInt32());
        var reported = root.GetProperty("reportedStrength");
        Assert.Equal(("2009-09-08", 2350, true), (reported.GetProperty("date").GetString(),
            reported.GetProperty("persons").GetInt32(), reported.GetProperty("approximate").GetBoolean()));
        Assert.False(reported.GetProperty("source").GetProperty("verified").GetBoolean());
    }

    [Fact]
    public void Show_before_any_reported_figure_has_none()
    {
        var json = Run("show", "KFOR", "--on", "2005-01-01", "--json");
        Schemas.Valid("show.schema.json", json.Out);
        Assert.Equal(JsonValueKind.Null,
            JsonDocument.Parse(json.Out).RootElement.GetProperty("reportedStrength").ValueKind);
        Assert.DoesNotContain("Reported strength", Run("show", "KFOR", "--on", "2005-01-01").Out);
    }

    [Fact]
    public void Strength_lists_the_reported_figures_of_its_period_apart_from_the_ledgers_strength()
    {
        var run = Run("strength", "KFOR", "--from", "2008-01-01", "--to", "2019-01-01");
        Assert.Equal(0, run.Exit);
        var text = Flat(run.Out);
        Assert.Contains("Reported strength: 2,813 on 2007-11-30", text);
        Assert.Contains("Reported strength: 458 on 2018-05-31", text);
        var json = Run("strength", "KFOR", "--from", "2008-01-01", "--to", "2019-01-01", "--json");
        Schemas.Valid("strength.schema.json", json.Out);
        Assert.Equal(["2007-11-30", "2009-09-08", "2018-05-31"], JsonDocument.Parse(json.Out).RootElement
            .GetProperty("reportedStrength").EnumerateArray().Select(r => r.GetProperty("date").GetString()));
    }

    [Fact]
    public void Show_of_an_operation_without_mandates_says_what_was_deployed_without_consent()
    {
        var run = Run("show", "AWACS-TURKEY", "--on", "2003-03-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Deployed without the Bundestag's consent, never approved: 2003-02-26 to 2003-04-17",
            Flat(run.Out));
        Schemas.Valid("show.schema.json", Run("show", "AWACS-TURKEY", "--json").Out);
    }
}
