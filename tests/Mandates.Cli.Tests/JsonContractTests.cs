using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// Every --json output is a contract: what the commands print validates against its schema in docs/schemas/,
/// the bodies the REST API will send. A key left out, renamed or of another type fails here.
/// </summary>
public class JsonContractTests
{
    [Theory]
    [InlineData("check", "KFOR", "--on", "2025-07-01", "--add", "50", "--task", "reconnaissance")]
    [InlineData("check", "KFOR", "--on", "2017-06-01", "--until", "2017-07-31", "--add", "1000")]
    [InlineData("check", "ASPIDES", "--on", "2024-01-01")]
    public void Check_validates_against_its_schema(params string[] args)
    {
        var run = Cli.Invoke([.. args, "--json"]);
        Schemas.Valid("check.schema.json", run.Out);
    }

    [Fact]
    public void A_refused_open_ended_deploy_says_its_last_day_is_open_not_a_sentinel()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("mandates-contract-").FullName, "m.db");
        var run = Cli.Invoke("deploy", "KFOR", "--person", "P-4711", "--task", "local-forces-training", "--from", "2025-07-01",
            "--json", "--db", db);
        Assert.Equal(1, run.Exit);
        Schemas.Valid("check.schema.json", run.Out);
        Assert.Null(JsonNode.Parse(run.Out)!["to"]);
        Assert.Equal("refused", (string?)JsonNode.Parse(run.Out)!["outcome"]);
    }

    [Theory]
    [InlineData("bad-input", "to", "--until", "check", "KFOR", "--on", "2025-07-01", "--until", "2025-06-01")]
    [InlineData("bad-input", "to", "--to", "check", "KFOR", "--from", "2025-07-01", "--to", "2025-06-01")]
    [InlineData("bad-input", "from", "--on", "check", "KFOR", "--on", "2025-13-01")]
    [InlineData("bad-input", "from", "--on", "check", "KFOR", "--from", "2025-07-01", "--on", "2025-07-01")]
    [InlineData("bad-input", "operation", "operation", "check", "NOPE", "--on", "2025-07-01")]
    [InlineData("bad-input", "person", "--person", "deploy", "KFOR", "--person", "Hans Meier", "--task", "hq-pristina", "--from", "2025-07-01")]
    [InlineData("bad-input", null, null, "chek", "KFOR")]
    public void Bad_input_with_json_is_an_error_object_on_stdout(string kind, string? field, string? name, params string[] args)
    {
        var run = Cli.Invoke([.. args, "--json"]);
        Assert.Equal(2, run.Exit);
        Schemas.Valid("error.schema.json", run.Out);
        var error = JsonNode.Parse(run.Out)!["error"]!;
        Assert.Equal(kind, (string?)error["kind"]);
        Assert.Equal(field, (string?)error["field"]);
        Assert.Equal(name, (string?)error["name"]);
    }

    [Fact]
    public void A_failing_store_with_json_is_an_error_object_and_exit_3()
    {
        var folder = Directory.CreateTempSubdirectory("mandates-contract-").FullName;
        var db = Path.Combine(folder, "damaged.db");
        Assert.Equal(0, Cli.Invoke("generate", "--events", "2000", "--seed", "1", "--db", db).Exit);
        // Closing the last connection moves the log into the file; cut short, the file is damaged.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var file = new FileStream(db, FileMode.Open)) file.SetLength(file.Length / 2);
        var run = Cli.Invoke("list", "--json", "--db", db);
        Assert.Equal(3, run.Exit);
        Schemas.Valid("error.schema.json", run.Out);
        Assert.Equal("store-failed", (string?)JsonNode.Parse(run.Out)!["error"]!["kind"]);
    }
}
