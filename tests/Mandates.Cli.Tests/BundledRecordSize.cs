namespace Mandates.Cli.Tests;

/// <summary>
/// The record bundled beside the program, as the tests see it: how many files it holds and which operations.
/// A store's first use writes one ledger entry per file, so the entries a test writes after it take the
/// positions that follow; tests name them from here, as the record grows (issue 16), not as fixed numbers.
/// </summary>
internal static class BundledRecordSize
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The record's files: the ledger positions 1 to this number at a store's first use.</summary>
    public static int Files => Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories).Count();

    /// <summary>The ledger position of the first entry written after the bundled record.</summary>
    public static int FirstAfter => Files + 1;

    /// <summary>The operations' ids as their files give them, in the order the program lists them.</summary>
    public static IReadOnlyList<string> OperationIds =>
        Directory.EnumerateFiles(Path.Combine(Folder, "operations"), "*.yaml")
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..].Trim())
            .Order(StringComparer.Ordinal).ToList();
}
