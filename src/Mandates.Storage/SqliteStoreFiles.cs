namespace Mandates.Storage;

/// <summary>
/// The files a SQLite store consists of: the store, and the -wal and -shm files SQLite keeps beside it (which
/// it creates with the store's own permissions). A new store is created owner-only; an existing one that
/// another account may write is refused, one it may read is used with a warning. The ledger is who served
/// where and when: whoever may write the files may rewrite it, whoever may read them may copy it.
/// </summary>
internal static class SqliteStoreFiles
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    /// <summary>
    /// Checks the store's existing files, then creates the store's file owner-only if it is new. Called before
    /// SQLite opens the store, so a refused store is neither read nor written.
    /// </summary>
    /// <param name="path">The store's full path.</param>
    /// <param name="given">The store as the user named it, for messages.</param>
    /// <param name="namedBy">Where it was named (--db or MANDATES_DB).</param>
    /// <param name="warn">Where a warning goes (a sentence without "warning:"); null to say nothing.</param>
    /// <exception cref="StoreException">
    /// Another account may write one of the store's files (<see cref="StoreException.Failed"/>).
    /// </exception>
    public static void Guard(string path, string given, string namedBy, Action<string>? warn)
    {
        var files = Suffixes.Select(s => path + s).Where(File.Exists).ToList();
        var writable = files.Where(f => OwnerOnly.OthersMay(f) == "write").ToList();
        if (writable.Count > 0)
            // The command was right; the store's files are not as a store's must be (like a read-only store: exit 3).
            throw new StoreException($"{namedBy}: '{EventStores.Shown(given)}' {Which(path, writable)} written by "
                + $"other accounts on this machine ({Modes(writable)}), so anyone could alter or destroy the ledger; "
                + $"nothing was read or written. Expected a store only its owner may write: "
                + $"run `chmod 600 {Words(files)}`.") { Failed = true };
        var readable = files.Where(f => OwnerOnly.OthersMay(f) == "read").ToList();
        if (readable.Count > 0)
            warn?.Invoke($"{namedBy}: '{EventStores.Shown(given)}' {Which(path, readable)} read by other accounts on "
                + $"this machine ({Modes(readable)}), so anyone can copy the whole ledger: run `chmod 600 "
                + $"{Words(files)}` so that only its owner can.");
        if (!File.Exists(path)) OwnerOnly.CreateFile(path);
    }

    /// <summary>"can be" for the store itself, else which of its files "can be".</summary>
    private static string Which(string path, List<string> files) =>
        files.Contains(path) ? "can be" : $"(its {string.Join(" and ", files.Select(f => f[path.Length..]))} file"
            + (files.Count > 1 ? "s)" : ")") + " can be";

    private static string Modes(List<string> files) =>
        string.Join(", ", files.Select(f => $"{Path.GetFileName(f)}: mode {OwnerOnly.Octal(f)}"));

    private static string Words(List<string> files) => string.Join(" ", files.Select(OwnerOnly.ShellWord));
}
