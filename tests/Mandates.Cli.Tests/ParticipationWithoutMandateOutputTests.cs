using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// MINURSO in the bundled record: German unarmed observers serve without a mandate because none is required.
/// `list` and `show` say so, `check` still refuses an armed deployment for want of consent, and `audit` does not
/// count it as a deployment without consent.
/// </summary>
public class ParticipationWithoutMandateOutputTests() : StoreTests("minurso")
{
    /// <summary>The text with the table's borders and line breaks taken out.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"[\s│╭╮╰╯─┬┴┼├┤]+", " ");

    [Fact]
    public void List_on_a_day_in_2020_says_minurso_serves_without_a_mandate_none_being_required()
    {
        var run = Run("list", "--on", "2020-06-01", "--search", "minurso");
        Assert.Equal(0, run.Exit);
        Assert.Contains("MINURSO serving without a mandate (none required: unarmed military observers)",
            Flat(run.Out));
        var json = Run("list", "--on", "2020-06-01", "--json");
        Schemas.Valid("list.schema.json", json.Out);
        var minurso = JsonDocument.Parse(json.Out).RootElement.GetProperty("operations").EnumerateArray()
            .Single(o => o.GetProperty("operation").GetString() == "MINURSO");
        Assert.Equal("serving without a mandate (none required: unarmed military observers)",
            minurso.GetProperty("status").GetString());
        Assert.Equal("unarmed military observers", minurso.GetProperty("withoutMandate").GetString());
        Assert.False(minurso.GetProperty("authorised").GetBoolean());
    }

    [Fact]
    public void List_before_the_participation_began_does_not_say_it_serves()
    {
        var run = Run("list", "--on", "2012-06-01", "--search", "minurso", "--json");
        var minurso = JsonDocument.Parse(run.Out).RootElement.GetProperty("operations").EnumerateArray().Single();
        Assert.DoesNotContain("serving", minurso.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, minurso.GetProperty("withoutMandate").ValueKind);
    }

    [Fact]
    public void Check_refuses_minurso_for_want_of_the_bundestags_consent()
    {
        var run = Run("check", "MINURSO", "--from", "2020-06-01", "--add", "1");
        Assert.Equal(1, run.Exit);
        Assert.Contains("No mandate of MINURSO gives consent on 2020-06-01", Flat(run.Out));
    }

    [Fact]
    public void Audit_of_an_empty_store_finds_nothing_against_minurso()
    {
        var run = Run("audit", "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("audit.schema.json", run.Out);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.DoesNotContain(root.GetProperty("withoutConsent").EnumerateArray(),
            w => w.GetProperty("operation").GetString() == "MINURSO");
        Assert.DoesNotContain("MINURSO", Run("audit").Out);
    }

    [Fact]
    public void Show_gives_the_participation_with_its_reason_and_unverified_source()
    {
        var run = Run("show", "MINURSO", "--on", "2020-06-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Serving without a mandate (none required: unarmed military observers): 2013-10-16 to open, "
            + "up to 4 soldiers", Flat(run.Out));
        var json = Run("show", "MINURSO", "--on", "2020-06-01", "--json");
        Schemas.Valid("show.schema.json", json.Out);
        var item = Assert.Single(JsonDocument.Parse(json.Out).RootElement.GetProperty("withoutMandate")
            .EnumerateArray());
        Assert.Equal(("2013-10-16", JsonValueKind.Null, 4), (item.GetProperty("from").GetString(),
            item.GetProperty("to").ValueKind, item.GetProperty("persons").GetInt32()));
        Assert.False(item.GetProperty("source").GetProperty("verified").GetBoolean());
    }
}
