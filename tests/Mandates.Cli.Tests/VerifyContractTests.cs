using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>verify --json validates against its schema, intact or broken, with anchors and a snapshot.</summary>
public class VerifyContractTests() : LedgerTests("verify-contract")
{
    [Fact]
    public void An_intact_ledger_with_an_anchor_and_a_snapshot_validates()
    {
        // A snapshot is saved when a generate appends as many entries as an open folds before saving one.
        Assert.Equal(0, Cli.InvokeAt(Cli.Today, 100, "generate", "--events", "300", "--db", Db).Exit);
        var first = Run("verify", "--json");
        Schemas.Valid("verify.schema.json", first.Out);
        using var json = JsonDocument.Parse(first.Out);
        var anchor = json.RootElement.GetProperty("head").GetProperty("anchor").GetString()!;
        Assert.True(json.RootElement.GetProperty("snapshot").GetProperty("matches").GetBoolean());

        var run = Run("verify", "--anchor", anchor, "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("verify.schema.json", run.Out);
        using var checkedJson = JsonDocument.Parse(run.Out);
        Assert.True(checkedJson.RootElement.GetProperty("anchors")[0].GetProperty("holds").GetBoolean());
    }

    [Fact]
    public void A_broken_ledger_without_a_snapshot_validates()
    {
        Assert.Equal(0, Run("list").Exit);
        var run = Run("verify", "--anchor", "5:" + new string('a', 64), "--json");
        Assert.Equal(1, run.Exit);
        Schemas.Valid("verify.schema.json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("head").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("snapshot").ValueKind);
        Assert.Equal(5, json.RootElement.GetProperty("firstBroken").GetInt64());
    }
}
