using Mandates.Core.Records;

namespace Mandates.Storage;

/// <summary>Reads a record folder (legal-acts/, operations/, sitting-calendar.yaml) as the files the loader takes.</summary>
public static class RecordFolder
{
    /// <summary>
    /// Every YAML file in the folder, .yaml and .yml alike: the loader refuses a .yml file by name
    /// rather than have a file the author meant as part of the record silently left out.
    /// </summary>
    public static IReadOnlyList<RecordFile> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => new RecordFile(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
}
