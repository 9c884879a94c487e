namespace Mandates.Storage;

/// <summary>
/// Files only their owner may read and write (0600) and folders only their owner may enter (0700), for
/// everything that holds the ledger or the record: a store, its -wal and -shm files, an export. The mode
/// is given to the call that creates them, so there is no moment in which another account could open
/// them; a umask only ever takes permissions away, so whatever it is, none is added.
/// </summary>
public static class OwnerOnly
{
    /// <summary>Read and write for the owner, nothing for anyone else (0600).</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Read, write and enter for the owner, nothing for anyone else (0700).</summary>
    public const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>What another account may do with a file: read it (group or others).</summary>
    private const UnixFileMode OthersRead = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>What another account may do with a file: write it (group or others).</summary>
    private const UnixFileMode OthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>
    /// Creates <paramref name="path"/> empty and owner-only, unless a file is there already; whether it made one.
    /// </summary>
    public static bool CreateFile(string path)
    {
        try
        {
            using var _ = new FileStream(path, Options(System.IO.FileMode.CreateNew));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false; // made meanwhile, by another writer: it is checked as any existing store is
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8) into a new owner-only file; an existing one is an error.
    /// </summary>
    public static void WriteNewFile(string path, string text)
    {
        using var stream = new FileStream(path, Options(System.IO.FileMode.CreateNew));
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    /// <summary>Creates <paramref name="path"/> and every missing folder above it, each owner-only.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>
    /// How another account may use a file that exists: write it, only read it, or neither (null). Always
    /// null on Windows, whose access lists this program does not read.
    /// </summary>
    public static string? OthersMay(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return null;
        var mode = File.GetUnixFileMode(path);
        return (mode & OthersWrite) != 0 ? "write" : (mode & OthersRead) != 0 ? "read" : null;
    }

    /// <summary>A file's permissions as `ls -l` and chmod write them in octal, e.g. 0644.</summary>
    public static string Octal(string path) => OperatingSystem.IsWindows()
        ? "(not known on Windows)"
        : "0" + Convert.ToString((int)File.GetUnixFileMode(path) & 0x1ff, 8).PadLeft(3, '0');

    /// <summary>
    /// A path as a shell takes it in a command a message suggests: quoted if it holds more than plain characters.
    /// </summary>
    public static string ShellWord(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ',' or ':' or '@')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static FileStreamOptions Options(System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return options;
    }
}
