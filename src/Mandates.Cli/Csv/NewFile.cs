using System.Text;

namespace Mandates.Cli.Csv;


/// <summary>
/// Writes a file a command creates (--out): only a new one, and never half of it. The text goes to a temporary file
/// in the same folder, which is moved to its name once complete; a failure leaves neither.
/// </summary>
internal static class NewFile
{
    /// <summary>UTF-8 without a byte order mark: what RFC 4180 readers and calendars expect.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Checks that <paramref name="path"/>, given by <paramref name="option"/>, names a file that can be created: its
    /// folder exists and nothing has its name. Called before any work, so bad input writes nothing.
    /// </summary>
    public static string Checked(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new BadInputException(
                $"{option}: '{Arguments.Shown(path)}' is a folder; expected a new file's path.");
        if (File.Exists(full))
            throw new BadInputException($"{option}: '{Arguments.Shown(path)}' exists; expected a new file (it is not "
                + "overwritten). Nothing was written.");
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            throw new BadInputException($"{option}: the folder of '{Arguments.Shown(path)}' does not exist; expected a "
                + "file in an existing folder. Nothing was written.");
        return full;
    }

    /// <summary>Writes the text file at <paramref name="path"/> (UTF-8) with <paramref name="write"/>, all or
    /// nothing.</summary>
    public static void Write(string option, string path, Action<TextWriter> write) =>
        WriteBytes(option, path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8);
            write(writer);
        });

    /// <summary>Writes <paramref name="content"/> (a PNG, an SVG) to <paramref name="path"/>, all or nothing.</summary>
    public static void Write(string option, string path, byte[] content) =>
        WriteBytes(option, path, stream => stream.Write(content));

    private static void WriteBytes(string option, string path, Action<Stream> write)
    {
        var full = Checked(option, path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew)) write(stream);
            // Not overwriting: a file made under that name meanwhile is kept, and this one is refused.
            File.Move(temporary, full, overwrite: false);
        }
        catch (IOException) when (File.Exists(full) && File.Exists(temporary))
        {
            throw new BadInputException($"{option}: '{Arguments.Shown(path)}' was created by something else while this "
                + "was written; expected a new file. Nothing was written.");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
