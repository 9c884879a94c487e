using Mandates.Core.Records;

namespace Mandates.Storage;

/// <summary>Reads a record folder (legal-acts/, operations/, sitting-calendar.yaml) as the files the loader takes.</summary>
public static class RecordFolder
{
    public static IReadOnlyList<RecordFile> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new RecordFile(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
}
