using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>generate --json validates against its schema, with fictional operations and without.</summary>
public class GenerateContractTests() : LedgerTests("generate-contract")
{
    [Theory]
    [InlineData("--events", "200")]
    [InlineData("--events", "200", "--operations", "2", "--from", "2019-07-01", "--to", "2025-06-30")]
    public void Generate_validates(params string[] args)
    {
        var run = Run(["generate", .. args, "--json"]);
        Assert.Equal(0, run.Exit);
        Schemas.Valid("generate.schema.json", run.Out);
    }
}
