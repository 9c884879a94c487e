using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// The early consents of the historical record (issue 16, branch early: UNOSOM II, the Adriatic embargo
/// and AWACS, the Kosovo air operations) answer `check`, `show`, `list` and `strength`, and those that set
/// no ceiling say so in words and as null in JSON, never as 0 or a number standing for infinity.
/// </summary>
public class HistoricalOperationsCTests
{
    public static TheoryData<string, string, string> Days => new()
    {
        // operation, a day it is authorised, the mandate that governs it then
        { "UNOSOM-II", "1993-09-01", "UNOSOM-II-1993" },
        { "adriatic", "1995-03-01", "ADRIATIC-1994" },
        { "Allied-Force", "1999-04-01", "ALLIED-FORCE-1998" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Check_authorises_any_number_and_says_the_mandate_sets_no_ceiling(string operation, string day,
        string mandate)
    {
        var run = Cli.Invoke("check", operation, "--on", day, "--add", "5000");
        Assert.Equal(0, run.Exit);
        Assert.Contains("AUTHORISED", run.Out);
        Assert.Contains($"{mandate} (Drucksache", run.Out);
        Assert.Contains("sets no ceiling", run.Out);
        Assert.Contains("Headroom: unbounded", run.Out);
        Assert.DoesNotContain("error", run.Err);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Check_json_gives_a_null_headroom_and_a_met_ceiling_finding(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("check", operation, "--on", day, "--add", "5000", "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("check.schema.json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("headroom").ValueKind);
        var ceiling = json.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "ceiling");
        Assert.Equal("met", ceiling.GetProperty("outcome").GetString());
        Assert.Contains(mandate, ceiling.GetProperty("reason").GetString());
        Assert.Contains("sets no ceiling", ceiling.GetProperty("reason").GetString());
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Show_names_the_mandate_in_force_and_says_it_sets_no_ceiling(string operation, string day,
        string mandate)
    {
        var run = Cli.Invoke("show", operation, "--on", day);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"Mandate in force on {day}: {mandate}", run.Out);
        Assert.Contains("none set", run.Out);
        var json = Cli.Invoke("show", operation, "--on", day, "--json");
        Schemas.Valid("show.schema.json", json.Out);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("ceiling").GetProperty("persons").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Strength_shows_no_ceiling_and_an_unbounded_headroom(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("strength", operation, "--on", day);
        Assert.Equal(0, run.Exit);
        Assert.Contains(mandate, run.Out);
        Assert.Contains("no ceiling", run.Out);
        Assert.Contains("unbounded", run.Out);
        var json = Cli.Invoke("strength", operation, "--on", day, "--json");
        Schemas.Valid("strength.schema.json", json.Out);
        using var doc = JsonDocument.Parse(json.Out);
        var stretch = doc.RootElement.GetProperty("stretches").EnumerateArray().Single();
        Assert.Equal(mandate, stretch.GetProperty("mandate").GetString());
        Assert.Equal(JsonValueKind.Null, stretch.GetProperty("ceiling").ValueKind);
        Assert.Equal(JsonValueKind.Null, stretch.GetProperty("headroom").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void List_shows_the_operation_authorised_with_no_ceiling(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("list", "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("list.schema.json", run.Out);
        using var doc = JsonDocument.Parse(run.Out);
        var row = doc.RootElement.GetProperty("operations").EnumerateArray()
            .Single(o => string.Equals(o.GetProperty("operation").GetString(), operation,
                StringComparison.OrdinalIgnoreCase));
        Assert.Equal(mandate, row.GetProperty("mandate").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("ceiling").GetProperty("persons").ValueKind);
        var text = Cli.Invoke("list", "--on", day);
        Assert.Contains("no ceiling", text.Out);
    }

    [Fact]
    public void UNOSOM_II_before_the_Bundestag_s_vote_is_not_yet_begun_not_a_deployment_without_consent()
    {
        var run = Cli.Invoke("list", "--on", "1993-06-01", "--json");
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var row = doc.RootElement.GetProperty("operations").EnumerateArray()
            .Single(o => o.GetProperty("operation").GetString() == "UNOSOM-II");
        Assert.Equal("not yet begun (first consent on 1993-07-02)", row.GetProperty("status").GetString());
    }
}
