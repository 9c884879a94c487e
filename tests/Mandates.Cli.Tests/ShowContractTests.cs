using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>`show --json` validates against docs/schemas/show.schema.json, whatever the day finds.</summary>
public class ShowContractTests() : StoreTests("show-contract", NodaTime.Instant.FromUtc(2028, 1, 3, 9, 0))
{
    [Theory]
    [InlineData("KFOR", "2025-07-01")] // in force, every fact recorded
    [InlineData("KFOR", "1999-01-01")] // before any consent: nothing governs
    [InlineData("ASPIDES", "2025-07-01")] // ceiling exceptions
    [InlineData("ASPIDES", "2026-12-07")] // governing, past its end: in force nowhere
    public void Show_validates_against_its_schema(string operation, string day)
    {
        var run = Run("show", operation, "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("show.schema.json", run.Out);
        Assert.Equal(1, (int?)JsonNode.Parse(run.Out)!["schemaVersion"]);
    }

    [Fact]
    public void A_late_demand_for_debate_validates_and_says_it_was_not_timely()
    {
        Assert.Equal(0, Run("record", "motion", "KFOR", "--mandate", "KFOR-2026", "--document", "Drucksache 21/1",
            "--procedure", "simplified", "--distributed", "2026-06-02", "--source", "x").Exit);
        Assert.Equal(0, Run("record", "objection", "--mandate", "KFOR-2026", "--date", "2026-06-12", "--by", "a group",
            "--source", "x").Exit);
        var run = Run("show", "KFOR", "--on", "2026-07-01", "--json");
        Schemas.Valid("show.schema.json", run.Out);
        var chain = JsonNode.Parse(run.Out)!["chain"]!.AsArray();
        var objection = chain.Single(m => (string?)m!["id"] == "KFOR-2026")!["objection"]!;
        Assert.Equal(("2026-06-12", false), ((string?)objection["date"], (bool?)objection["timely"]));
    }
}
