using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Core.Tests.UseCases;

/// <summary>Record folders in memory for use-case tests: read by name, written once each; "bundled" holds the
/// law a new store is filled with.</summary>
public sealed class RecordFolders(IReadOnlyList<RecordFile> bundled) : IRecordFolders
{
    public Dictionary<string, IReadOnlyList<RecordFile>> Held { get; } = new() { ["bundled"] = bundled };

    public string BundledFolder => "bundled";

    public IReadOnlyList<RecordFile> Read(string folder, string field) =>
        Held.TryGetValue(folder, out var files) ? files
            : throw new ProblemException(Problem.Saying(field, folder, $"'{folder}' does not exist."));

    public void RefuseNotNew(string folder, string field)
    {
        if (Held.ContainsKey(folder))
            throw new ProblemException(Problem.Saying(field, folder, $"'{folder}' is not a new or empty folder."));
    }

    public string WriteNew(string folder, string field, IReadOnlyList<RecordFile> files)
    {
        RefuseNotNew(folder, field);
        Held[folder] = files;
        return "/" + folder;
    }
}
