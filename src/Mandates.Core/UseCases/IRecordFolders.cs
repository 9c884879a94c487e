using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>
/// Reads and writes a record folder's files (legal-acts/, operations/, sitting-calendar.yaml): implemented by the
/// storage adapters.
/// </summary>
public interface IRecordFolders
{
    /// <summary>
    /// The files of <paramref name="folder"/>, as the store keeps them. A folder that cannot be read is
    /// refused with a <see cref="Problems.ProblemException"/> about <paramref name="field"/>, the field that named it.
    /// </summary>
    IReadOnlyList<RecordFile> Read(string folder, string field);

    /// <summary>The record bundled with the program.</summary>
    string BundledFolder { get; }

    /// <summary>
    /// Refuses, with a <see cref="Problems.ProblemException"/> about <paramref name="field"/>, a folder that is
    /// not new or empty: checked before anything is read for it, so a refused export opens no store.
    /// Hosts that write no record folders need not implement it.
    /// </summary>
    void RefuseNotNew(string folder, string field) =>
        throw new NotSupportedException("This host writes no record folders.");

    /// <summary>
    /// Writes <paramref name="files"/> into <paramref name="folder"/>, new or empty, all or nothing: an
    /// interrupted write leaves nothing half-written. Returns the folder's full path. A folder that cannot be
    /// written is refused with a <see cref="Problems.ProblemException"/> about <paramref name="field"/>.
    /// Hosts that write no record folders need not implement it.
    /// </summary>
    string WriteNew(string folder, string field, IReadOnlyList<RecordFile> files) =>
        throw new NotSupportedException("This host writes no record folders.");
}
