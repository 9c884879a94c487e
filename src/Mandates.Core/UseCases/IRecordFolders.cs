using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>Reads a record folder's files (legal-acts/, operations/, sitting-calendar.yaml): implemented by the storage adapters.</summary>
public interface IRecordFolders
{
    /// <summary>
    /// The files of <paramref name="folder"/>, as the store keeps them. A folder that cannot be read is
    /// refused with a <see cref="Problems.ProblemException"/> about <paramref name="field"/>, the field that named it.
    /// </summary>
    IReadOnlyList<RecordFile> Read(string folder, string field);

    /// <summary>The record bundled with the program.</summary>
    string BundledFolder { get; }
}
