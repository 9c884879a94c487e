using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Storage;

/// <summary>Reads record folders from disk (see <see cref="RecordFolder.Read"/>), the bundled one beside the program.</summary>
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
}
