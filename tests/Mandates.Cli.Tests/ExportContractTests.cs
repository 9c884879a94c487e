using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>export --json validates against its schema.</summary>
public class ExportContractTests() : LedgerTests("export-contract")
{
    [Fact]
    public void Export_validates()
    {
        var run = Run("export", Path.Combine(folder, "exported"), "--json");
        Assert.Equal(0, run.Exit);
        Schemas.Valid("export.schema.json", run.Out);
    }
}
