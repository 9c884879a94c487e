using Mandates.Core.Law;
using Mandates.Core.Records;

namespace Mandates.Core.Tests;

/// <summary>The record bundled in data/, copied beside the tests, loaded once.</summary>
public static class BundledRecord
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    private static readonly Lazy<LegalRecord> record = new(() =>
    {
        var result = RecordLoader.Load(Files());
        if (!result.Succeeded) throw new InvalidDataException("The bundled record does not load:\n" + string.Join("\n", result.Errors));
        return result.Record!;
    });

    public static LegalRecord Load() => record.Value;

    public static IReadOnlyList<RecordFile> Files() =>
        Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(p => new RecordFile(Path.GetRelativePath(Folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
}
