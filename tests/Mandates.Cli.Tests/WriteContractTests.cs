using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// deploy, end-tour and correct-tour's --json is a contract: a write taken validates against deploy.schema.json
/// (every key present, null where a write says nothing of it), a write refused against check.schema.json.
/// </summary>
public class WriteContractTests() : LedgerTests("write-contract")
{
    [Fact]
    public void Each_write_and_its_replay_validate_against_the_write_schema()
    {
        var deploy = Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--key", "order-1", "--json");
        Schemas.Valid("deploy.schema.json", deploy.Out);
        var written = JsonNode.Parse(deploy.Out)!;
        Assert.Equal(("written", "tour-started"), ((string?)written["outcome"], (string?)written["type"]));
        // A deploy says nothing of an end: those keys are there, and null.
        Assert.Null(written["tour"]);
        var tour = (long)written["position"]!;

        var replay = Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--key", "order-1", "--json");
        Schemas.Valid("deploy.schema.json", replay.Out);
        Assert.Equal("already-written", (string?)JsonNode.Parse(replay.Out)!["outcome"]);

        var end = Run("end-tour", "--person", "P-1", "--on", "2025-09-30", "--json");
        Schemas.Valid("deploy.schema.json", end.Out);
        Assert.Equal(tour, (long)JsonNode.Parse(end.Out)!["tour"]!);
        Assert.Null(JsonNode.Parse(end.Out)!["untilBefore"]);

        var correct = Run("correct-tour", "--tour", tour.ToString(), "--from", "2025-07-02", "--reason", "late", "--json");
        Schemas.Valid("deploy.schema.json", correct.Out);
        Assert.Equal("tour-corrected", (string?)JsonNode.Parse(correct.Out)!["type"]);
    }

    [Fact]
    public void A_refused_end_or_correction_is_a_decision()
    {
        Assert.Equal(0, Run("deploy", "ASPIDES", "--person", "P-1", "--task", "protect-shipping", "--from", "2025-07-01",
            "--to", "2025-07-31").Exit);
        // ASPIDES's consent ends on 2026-10-31: running the tour on to the end of 2027 is refused.
        var end = Run("end-tour", "--person", "P-1", "--on", "2027-12-31", "--json");
        Assert.Equal(1, end.Exit);
        Schemas.Valid("check.schema.json", end.Out);
        Assert.Equal("refused", (string?)JsonNode.Parse(end.Out)!["outcome"]);
    }
}
