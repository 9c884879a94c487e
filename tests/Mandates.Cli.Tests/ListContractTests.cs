using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>`list --json` validates against docs/schemas/list.schema.json, whatever the day finds.</summary>
public class ListContractTests
{
    [Theory]
    [InlineData("2025-07-01")] // both current, each with a next deadline
    [InlineData("2010-06-01")] // ASPIDES not yet begun; KFOR's resubmission overdue
    [InlineData("2026-12-07")] // ASPIDES ended
    public void List_validates_against_its_schema(string day)
    {
        var run = Cli.Invoke("list", "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("list.schema.json", run.Out);
    }

    [Fact]
    public void The_ceiling_is_an_object_with_its_source_as_show_gives_it()
    {
        var list = JsonNode.Parse(Cli.Invoke("list", "--on", "2025-07-01", "--json").Out)!;
        var kfor = list["operations"]!.AsArray().Single(o => (string?)o!["operation"] == "KFOR")!;
        var show = JsonNode.Parse(Cli.Invoke("show", "KFOR", "--on", "2025-07-01", "--json").Out)!;
        var shown = show["chain"]!.AsArray().Single(m => (string?)m!["id"] == "KFOR-2025")!["ceiling"]!;
        Assert.Equal(shown.ToJsonString(), kfor["ceiling"]!.ToJsonString());
        Assert.Equal(("mandate-ends", false), ((string?)list["operations"]!.AsArray().Single(o => (string?)o!["operation"] == "ASPIDES")!["nextDeadline"]!["kind"],
            (bool?)kfor["nextDeadline"]!["legalLimit"]));
    }
}
