namespace Mandates.Cli.Tests;

/// <summary>The repository the tests run from: its docs/ and scripts/ are part of what is tested.</summary>
internal static class Repository
{
    public static readonly string Root = Find();

    /// <summary>
    /// How many files the bundled record in data/ has: a new store holds them at positions 1 to this, one entry
    /// each, so tests stay right as the record grows.
    /// </summary>
    public static readonly int BundledFiles =
        Directory.GetFiles(Path.Combine(Find(), "data"), "*.yaml", SearchOption.AllDirectories).Length;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Mandates.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("Mandates.slnx was not found above the test's folder.");
    }
}
