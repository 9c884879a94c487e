namespace Mandates.Cli.Tests;

/// <summary>The repository the tests run from: its docs/ and scripts/ are part of what is tested.</summary>
internal static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Mandates.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("Mandates.slnx was not found above the test's folder.");
    }
}
