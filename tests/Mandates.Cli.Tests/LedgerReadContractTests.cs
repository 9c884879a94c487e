using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// strength, tours and history's --json are contracts: real output validates against strength.schema.json,
/// tours.schema.json and history.schema.json, every key present (null where there is no value).
/// </summary>
public class LedgerReadContractTests() : LedgerTests("read-contract")
{
    /// <summary>Two tours of KFOR, one ended and one cancelled: the positions that started them.</summary>
    private (long Ended, long Cancelled) TwoTours()
    {
        var ended = Position(Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01"));
        Assert.Equal(0, Run("end-tour", "--person", "P-1", "--on", "2025-08-31").Exit);
        var cancelled = Position(Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance",
            "--from", "2025-07-01", "--to", "2025-07-31", "--key", "k-2"));
        Assert.Equal(0, Run("correct-tour", "--tour", cancelled.ToString(), "--cancel", "--reason", "wrong person").Exit);
        return (ended, cancelled);
    }

    [Theory]
    [InlineData("KFOR", "--on", "2025-07-01")]
    [InlineData("KFOR", "--from", "2025-06-01", "--to", "2025-09-30", "--by", "task")]
    [InlineData("KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-07-01T09:00:00Z")]
    public void Strength_validates_against_its_schema(params string[] args)
    {
        TwoTours();
        var run = Run(["strength", .. args, "--json"]);
        Assert.Equal(0, run.Exit);
        Schemas.Valid("strength.schema.json", run.Out);
        // byTask is there whether or not it was asked for: null when not.
        Assert.Equal(args.Contains("--by"), JsonNode.Parse(run.Out)!["byTask"] is not null);
    }

    [Theory]
    [InlineData("KFOR", "--on", "2025-07-01")]
    [InlineData("--person", "P-1")]
    [InlineData("KFOR", "--person", "P-1", "--from", "2025-07-01", "--to", "2025-12-31")]
    public void Tours_validate_against_their_schema(params string[] args)
    {
        TwoTours();
        var run = Run(["tours", .. args, "--json"]);
        Assert.Equal(0, run.Exit);
        Schemas.Valid("tours.schema.json", run.Out);
        Assert.Equal("2025-08-31", (string?)JsonNode.Parse(run.Out)!["tours"]![0]!["until"]);
    }

    [Fact]
    public void History_of_a_tour_standing_and_of_one_cancelled_validates_against_its_schema()
    {
        var (ended, cancelled) = TwoTours();
        var standing = Run("history", "--tour", ended.ToString(), "--json");
        Schemas.Valid("history.schema.json", standing.Out);
        Assert.Null(JsonNode.Parse(standing.Out)!["cancelledAt"]);
        var struck = Run("history", "--tour", cancelled.ToString(), "--json");
        Schemas.Valid("history.schema.json", struck.Out);
        Assert.Null(JsonNode.Parse(struck.Out)!["now"]);
        Assert.Equal("k-2", (string?)JsonNode.Parse(struck.Out)!["entries"]![0]!["key"]);
    }
}
