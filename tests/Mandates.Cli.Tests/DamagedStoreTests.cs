using Microsoft.Data.Sqlite;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// A --db that SQLite cannot use, or a store it finds damaged, is named with what SQLite said and what was
/// expected instead, and left as it was.
/// </summary>
public class DamagedStoreTests() : StoreTests("damaged")
{
    private const string Damaged = "SQLite Error 11: 'database disk image is malformed'; expected an intact Mandates store, but this file is damaged (cut short or overwritten, say): restore it from a backup.";

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_saying_what_was_expected()
    {
        File.WriteAllText(Db, "minutes of the committee meeting\n");
        var before = Stored();
        var run = Run("list", "--on", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--db: '{Db}' cannot be used as a SQLite store: SQLite Error 26: 'file is not a database'; "
            + "expected a Mandates store (a SQLite file created by mandates) or a new path, e.g. mandates.db.", run.Err);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public void A_store_cut_short_is_refused_as_damaged_when_it_is_opened()
    {
        var length = Generated();
        using (var file = new FileStream(Db, FileMode.Open)) file.SetLength(length / 2);
        var before = Stored();
        var run = Run("list", "--on", "2025-07-01");
        Assert.Equal(3, run.Exit);
        Assert.Contains($"--db: '{Db}' cannot be used as a SQLite store: {Damaged}", run.Err);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public void A_store_with_a_page_overwritten_is_refused_as_damaged_when_the_entries_are_read()
    {
        var length = Generated();
        using (var file = new FileStream(Db, FileMode.Open))
        {
            file.Position = length / 2 / 4096 * 4096;
            // 64 pages from the middle, not one: which pages a command reads moves as the bundled record grows.
            file.Write(Enumerable.Repeat((byte)0xff, 4096 * 64).ToArray());
        }
        var before = Stored();
        var run = Run("list", "--on", "2025-07-01");
        Assert.Equal(3, run.Exit);
        Assert.Contains($"error: the store {Db} failed: {Damaged} Nothing was written.", run.Err);
        Assert.Equal(before, Stored());
    }

    /// <summary>A store of some hundred pages, all in the database file (none left in its write-ahead log); its length.</summary>
    private long Generated()
    {
        Assert.Equal(0, Run("generate", "--events", "2000", "--seed", "1").Exit);
        // Closing the last connection moves the log into the file.
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(Db + "-wal"), "the write-ahead log is still there");
        return new FileInfo(Db).Length;
    }

    /// <summary>Exit code 3 is a store that fails, whichever command meets it: verify, audit and import too.</summary>
    [Theory]
    [InlineData(true, "verify")]
    [InlineData(true, "audit")]
    [InlineData(true, "import")]
    [InlineData(false, "verify")]
    [InlineData(false, "audit")]
    [InlineData(false, "import")]
    public void A_damaged_store_is_exit_3_for_verify_audit_and_import(bool cutShort, string command)
    {
        var length = Generated();
        using (var file = new FileStream(Db, FileMode.Open))
        {
            if (cutShort) file.SetLength(length / 2);
            else
            {
                file.Position = length / 2 / 4096 * 4096;
                // 64 pages from the middle, not one: which pages a command reads moves as the bundled record grows.
                file.Write(Enumerable.Repeat((byte)0xff, 4096 * 64).ToArray());
            }
        }
        var before = Stored();
        string[] args = command == "import" ? ["import", Path.Combine(AppContext.BaseDirectory, "data")] : [command];
        var run = Run(args);
        Assert.Equal(3, run.Exit);
        Assert.Contains(Damaged, run.Err);
        Assert.Equal(before, Stored());
    }
}
