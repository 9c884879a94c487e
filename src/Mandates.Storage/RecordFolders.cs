using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Storage;

/// <summary>
/// Reads record folders from disk (see <see cref="RecordFolder.Read"/>), the bundled one beside the program, and
/// writes new ones.
/// </summary>
public sealed class RecordFolders : IRecordFolders
{
    public static readonly RecordFolders Instance = new();

    public string BundledFolder => Path.Combine(AppContext.BaseDirectory, "data");

    public IReadOnlyList<RecordFile> Read(string folder, string field)
    {
        try
        {
            return RecordFolder.Read(folder);
        }
        catch (RecordFolderException e)
        {
            throw new ProblemException(Problem.Saying(field, folder, $"{e.Message}"));
        }
    }

    public void RefuseNotNew(string folder, string field)
    {
        if (File.Exists(folder) || Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new ProblemException(Problem.Saying(field, folder, Problem.Join(
                $"'{folder}' is not a new or empty folder; ",
                $"expected a path to write into, e.g. exported-record/. Nothing was written.")));
    }

    public string WriteNew(string folder, string field, IReadOnlyList<RecordFile> files)
    {
        RefuseNotNew(folder, field);
        // Written into a sibling folder first and moved into place: an interrupted export leaves nothing half-written.
        var full = Path.GetFullPath(folder);
        var staging = full.TrimEnd(Path.DirectorySeparatorChar) + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            // Owner-only from the start (folders 0700, files 0600), whatever the umask: an export is the store's
            // record.
            OwnerOnly.CreateFolder(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                OwnerOnly.CreateFolder(Path.GetDirectoryName(path)!);
                OwnerOnly.WriteNewFile(path, file.Text);
            }
            if (Directory.Exists(full)) Directory.Delete(full);
            Directory.Move(staging, full);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw new ProblemException(Problem.Saying(field, folder, Problem.Join(
                $"'{folder}' cannot be written ({e.Message}); ",
                $"expected a writable path. Nothing was written.")));
        }
    }
}
