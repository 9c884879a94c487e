using System.Text;

namespace Mandates.Reports;

/// <summary>
/// Writes a document to a new file whole: beside it under a temporary name, then renamed into place.
/// </summary>
public static class ReportFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/>, which must not exist.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var partial = Partial(full);
        File.WriteAllText(partial, text, new UTF8Encoding(false));
        try { File.Move(partial, full, overwrite: false); }
        finally { File.Delete(partial); }
    }

    /// <summary>A hidden name beside <paramref name="full"/> to write under before the rename.</summary>
    internal static string Partial(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.part");
}
