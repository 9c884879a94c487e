using System.Runtime.InteropServices;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// The store and what is exported from it are their owner's alone: created 0600 (folders 0700) whatever the
/// umask; a store another account may write is refused, one it may read is used with a warning.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OwnerOnlyStoreTests() : LedgerTests("owner-only")
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerReadWrite | UnixFileMode.UserExecute;

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint Umask(uint mask);

    private static UnixFileMode Mode(string path) => File.GetUnixFileMode(path) & (UnixFileMode)0x1ff;

    [Fact]
    public void A_new_store_and_its_wal_and_shm_files_are_owner_only_under_umask_022()
    {
        // The usual umask (022) lets others read what a program creates unless it says otherwise. Set for this
        // process, where every test creates files: 022 is what the tests run under anyway.
        var before = Umask(0x12);
        try
        {
            Assert.Equal(0, Run("list").Exit);
            // Held open, so SQLite keeps its -wal and -shm files beside the store while the program writes.
            using var held = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
            held.Open();
            var deploy = Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01");
            Assert.Equal(0, deploy.Exit);
            foreach (var file in new[] { Db, Db + "-wal", Db + "-shm" })
            {
                Assert.True(File.Exists(file), $"{file} was expected beside the open store");
                Assert.Equal(OwnerReadWrite, Mode(file));
            }
        }
        finally
        {
            Umask(before);
        }
    }

    [Fact]
    public void A_store_and_an_export_made_by_the_program_in_a_shell_with_umask_022_are_owner_only()
    {
        var none = new Dictionary<string, string>();
        var run = OwnProcess.Run(folder, none, "export", "exported", "--db", "ledger.db");
        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal(OwnerReadWrite, Mode(Db));
        foreach (var file in new[] { Db + "-wal", Db + "-shm" }.Where(File.Exists))
            Assert.Equal(OwnerReadWrite, Mode(file));
        var exported = Path.Combine(folder, "exported");
        Assert.Equal(OwnerFolder, Mode(exported));
        var folders = Directory.GetDirectories(exported, "*", SearchOption.AllDirectories);
        var files = Directory.GetFiles(exported, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(folders);
        Assert.Equal(BundledRecordSize.Files, files.Length);
        Assert.All(folders, f => Assert.Equal(OwnerFolder, Mode(f)));
        Assert.All(files, f => Assert.Equal(OwnerReadWrite, Mode(f)));
    }

    [Theory]
    [InlineData(0x1b6, "mode 0666")] // rw-rw-rw-
    [InlineData(0x190 | 0x10, "mode 0620")] // rw--w----: the group alone may write
    [InlineData(0x182, "mode 0602")] // rw-----w-: everyone else may write
    public void A_store_other_accounts_may_write_is_refused_with_the_chmod_that_fixes_it_and_left_as_it_was(
        int mode, string shown)
    {
        Assert.Equal(0, Run("list").Exit);
        var stored = Stored();
        File.SetUnixFileMode(Db, (UnixFileMode)mode);
        foreach (var args in new[] { ["list"], new[] { "verify" }, ["list", "--json"] })
        {
            var run = Run(args);
            Assert.Equal(3, run.Exit);
            var said = args.Contains("--json") ? run.Out : run.Err;
            Assert.Contains($"--db: '{Db}' can be written by other accounts on this machine (ledger.db: {shown})",
                said);
            Assert.Contains(
                $"nothing was read or written. Expected a store only its owner may write: run `chmod 600 {Db}`.", said);
        }
        Assert.Equal(stored, Stored());
        Assert.False(File.Exists(Db + "-wal"), "the refused store was opened: its -wal file was made");
        File.SetUnixFileMode(Db, OwnerReadWrite);
        var fixedRun = Run("verify");
        Assert.Equal(0, fixedRun.Exit);
        Assert.Equal("", fixedRun.Err);
    }

    [Fact]
    public void A_wal_file_other_accounts_may_write_is_refused_too()
    {
        Assert.Equal(0, Run("list").Exit);
        Stored(); // closed, so SQLite has removed its own -wal file
        File.WriteAllBytes(Db + "-wal", []);
        File.SetUnixFileMode(Db + "-wal", (UnixFileMode)0x1b6);
        var run = Run("verify");
        Assert.Equal(3, run.Exit);
        Assert.Contains($"--db: '{Db}' (its -wal file) can be written by other accounts on this machine "
            + "(ledger.db-wal: mode 0666)", run.Err);
        Assert.Contains($"run `chmod 600 {Db} {Db}-wal`", run.Err);
    }

    [Fact]
    public void A_store_other_accounts_may_read_is_used_with_a_warning_on_stderr()
    {
        Assert.Equal(0, Run("list").Exit);
        Stored();
        File.SetUnixFileMode(Db, (UnixFileMode)0x1a4); // rw-r--r--
        var run = Run("verify", "--json");
        Assert.Equal(0, run.Exit);
        Assert.Equal($"warning: --db: '{Db}' can be read by other accounts on this machine (ledger.db: mode 0644), "
            + $"so anyone can copy the whole ledger: run `chmod 600 {Db}` so that only its owner can.",
            run.Err.Trim());
        Assert.Contains("\"intact\": true", run.Out);
    }

    [Fact]
    public void The_chmod_a_message_suggests_quotes_a_path_a_shell_would_split()
    {
        var odd = Path.Combine(folder, "my ledger's.db");
        Assert.Equal(0, Cli.Invoke("list", "--db", odd).Exit);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(odd, (UnixFileMode)0x1b6);
        var run = Cli.Invoke("list", "--db", odd);
        Assert.Equal(3, run.Exit);
        Assert.Contains($"run `chmod 600 '{folder}/my ledger'\\''s.db'`.", run.Err);
    }
}
