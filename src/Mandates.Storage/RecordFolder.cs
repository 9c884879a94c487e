using Mandates.Core.Records;

namespace Mandates.Storage;

/// <summary>Why a folder cannot be read as a record folder; the message names the path and what was expected.</summary>
public sealed class RecordFolderException(string message) : Exception(message);

/// <summary>Reads a record folder (legal-acts/, operations/, sitting-calendar.yaml) as the files the loader takes.</summary>
public static class RecordFolder
{
    /// <summary>More than any record holds (one file per legal act and per operation): a folder beyond it is not a record folder.</summary>
    private const int MostFiles = 10_000;
    private const int DeepestFolder = 8;

    /// <summary>
    /// Every YAML file in the folder, .yaml and .yml alike: the loader refuses a .yml file by name
    /// rather than have a file the author meant as part of the record silently left out. The folder must
    /// hold its files itself: a link (to a file or a folder, or to nowhere) is refused by name, for a link
    /// back into the folder would be walked for ever, and one elsewhere brings in what the folder does not
    /// show. A file of no length (or a pipe, which has none) is read as empty without opening it.
    /// </summary>
    /// <exception cref="RecordFolderException">The folder lacks a part of the record (or holds no file in one), holds a link, or is far larger than a record.</exception>
    public static IReadOnlyList<RecordFile> Read(string folder)
    {
        if (File.Exists(folder))
            throw new RecordFolderException($"'{folder}' is a file; expected a record folder with {RecordLoader.FolderHolds}, e.g. data/.");
        if (!Directory.Exists(folder))
            throw new RecordFolderException($"the record folder '{folder}' does not exist; expected a folder with {RecordLoader.FolderHolds}, e.g. data/.");
        // Looked for before anything is read, so a folder that is no record (a home folder, /usr) is refused at once.
        var missing = new List<string>();
        if (!Directory.Exists(Path.Combine(folder, RecordLoader.LegalActsFolder))) missing.Add(RecordLoader.LegalActsFolder);
        if (!Directory.Exists(Path.Combine(folder, RecordLoader.OperationsFolder))) missing.Add(RecordLoader.OperationsFolder);
        if (!File.Exists(Path.Combine(folder, RecordLoader.CalendarFile)) && !File.Exists(Path.ChangeExtension(Path.Combine(folder, RecordLoader.CalendarFile), ".yml")))
            missing.Add(RecordLoader.CalendarFile);
        if (missing.Count > 0) throw NotWhole(folder, missing);
        var files = new List<RecordFile>();
        Walk(folder, new DirectoryInfo(folder), 0, files);
        // A record folder is the whole law; one lacking a part would silently leave it out (an empty legal-acts/, say).
        if (RecordLoader.MissingParts(files) is { Count: > 0 } empty) throw NotWhole(folder, empty);
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static RecordFolderException NotWhole(string folder, IReadOnlyList<string> missing) =>
        new($"'{folder}' is not a whole record folder: it has no {string.Join(", no ", missing)}; expected {RecordLoader.FolderHolds}, as in data/. Nothing was loaded.");

    private static void Walk(string root, DirectoryInfo directory, int depth, List<RecordFile> files)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new RecordFolderException($"'{Relative(root, directory)}' in the record folder '{root}' cannot be read ({e.Message}); expected a folder this user may read.");
        }
        foreach (var entry in entries)
        {
            var path = Relative(root, entry);
            if (entry.LinkTarget is { } target)
                throw new RecordFolderException($"'{path}' in the record folder '{root}' is a link (to '{target}'); expected the folder to hold its files itself, with no links.");
            if (entry is DirectoryInfo sub)
            {
                if (depth == DeepestFolder)
                    throw new RecordFolderException($"'{path}' in the record folder '{root}' lies {DeepestFolder + 1} folders deep; expected {RecordLoader.FolderHolds}.");
                Walk(root, sub, depth + 1, files);
                continue;
            }
            if (entry is not FileInfo file || !(file.Extension is ".yaml" or ".yml")) continue;
            if (files.Count == MostFiles)
                throw new RecordFolderException($"the record folder '{root}' holds more than {MostFiles:N0} YAML files; expected {RecordLoader.FolderHolds}.");
            try
            {
                files.Add(new RecordFile(path, file.Length == 0 ? "" : File.ReadAllText(file.FullName)));
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new RecordFolderException($"'{path}' in the record folder '{root}' cannot be read ({e.Message}); expected a file this user may read.");
            }
        }
    }

    private static string Relative(string root, FileSystemInfo entry) => Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
}
