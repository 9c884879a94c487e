using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>export: the store's record written to a folder.</summary>
public class ExportCommandTests() : LedgerTests("export")
{
    [Fact]
    public void Export_with_json_names_the_folder_and_its_files()
    {
        var exported = Path.Combine(folder, "exported");
        var run = Run("export", exported, "--json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(exported, json.RootElement.GetProperty("folder").GetString());
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains("operations/kfor.yaml", files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(exported, f)), f));
    }
}
