using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>--db and MANDATES_DB: the store a command uses, or why none is (a malformed address, another program's file, a store that does not exist yet), never showing a password.</summary>
public class DbOptionTests() : LedgerTests("db")
{
    [Fact]
    public void A_new_store_says_it_was_created_and_filled_so_a_mistyped_db_is_noticed()
    {
        var first = Run("list");
        Assert.Equal(0, first.Exit);
        Assert.Contains($"note: {Db} was a new store; it now holds the bundled record (positions 1 to {BundledRecordSize.Files}). If you meant an existing store, check --db.", first.Err);
        Assert.Equal("", Run("list").Err);
    }

    [Fact]
    public void Bad_input_on_a_store_not_yet_created_creates_nothing()
    {
        var run = Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-10", "--until", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--until: '2025-07-01' is before --from (2025-07-10)", run.Err);
        Assert.False(File.Exists(Db), "the store was created (and filled with the bundled record) for a request refused as bad input");
        foreach (var write in new[]
        {
            new[] { "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--key", "" },
            ["end-tour", "--person", "P-4711", "--on", "2025-07-01", "--key", ""],
            ["correct-tour", "--tour", "10", "--cancel", "--reason", "x", "--key", ""],
        })
        {
            Assert.Equal(2, Run(write).Exit);
            Assert.False(File.Exists(Db), $"`{write[0]}` with a bad --key created the store");
        }
        Assert.Equal(2, Run("strength", "KFOR", "--as-recorded-at", "2099-01-01T00:00:00Z").Exit);
        Assert.False(File.Exists(Db), "asked as recorded at an instant to come, a new store was created");
    }

    [Fact]
    public void A_malformed_database_address_is_bad_input()
    {
        var run = Cli.Invoke("verify", "--db", "postgres://nobody@/nowhere");
        Assert.Equal(2, run.Exit);
        Assert.Contains("is not a PostgreSQL address; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE", run.Err);
        var unreachable = Cli.Invoke("verify", "--db", "postgres://mandates@127.0.0.1:1/mandates");
        Assert.Equal(3, unreachable.Exit);
        Assert.Contains("cannot use the PostgreSQL server postgres://mandates@127.0.0.1:1/mandates", unreachable.Err);
        var path = Cli.Invoke("verify", "--db", "postgres://u@h:1/a/b");
        Assert.Contains("--db: 'postgres://u@h:1/a/b' names the path 'a/b' where one database name belongs", path.Err);
    }

    [Theory]
    [InlineData("postgres://u:TopSecret@host:notaport/db", "postgres://u:***@host:notaport/db")]
    [InlineData("postgres://u:TopSecret@/db", "postgres://u:***@/db")]
    [InlineData("postgres://u:Top@Secret@127.0.0.1:1/db", "postgres://u:***@127.0.0.1:1/db")]
    [InlineData("postgres:u:TopSecret@127.0.0.1", "postgres:u:***@127.0.0.1' is neither a file path nor a postgres:// address")]
    [InlineData("postgres:/u:TopSecret@127.0.0.1:1/db", "postgres:/u:***@127.0.0.1:1/db' is neither a file path nor a postgres:// address")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?sslmode=sure", "asks for sslmode 'sure'; expected disable, allow, prefer, require, verify-ca or verify-full.")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?ssl=1", "asks for 'ssl', which this program does not read; expected no parameter, or sslmode=")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db#x", "ends in a fragment ('#x')")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:1/db?sslmode=require&sslmode=disable", "gives sslmode more than once; expected it once.")]
    [InlineData("postgres://u:TopSecret@127.0.0.1:0/db", "names port 0, on which no server listens; expected a port from 1 to 65535, or none for 5432.")]
    public void A_password_in_a_database_address_is_never_shown_even_when_the_address_is_malformed(string address, string shown)
    {
        var run = Cli.Invoke("verify", "--db", address);
        Assert.Equal(2, run.Exit);
        Assert.Contains(shown, run.Err);
        Assert.DoesNotContain("Secret", run.Err);
        // A mistyped address is not taken for a file name: no SQLite file named after it, password and all.
        Assert.Empty(Directory.EnumerateFileSystemEntries(".", "postgres*"));
    }

    /// <summary>A SQLite file in this test's folder, made by another program's SQL.</summary>
    private string AnotherProgramsSqliteFile(string name, string sql)
    {
        var path = Path.Combine(folder, name);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void Another_programs_SQLite_file_a_folder_or_a_path_with_a_line_break_is_refused_and_left_as_it_was()
    {
        var other = AnotherProgramsSqliteFile("other.db", "CREATE TABLE people (name TEXT)");
        var before = File.ReadAllBytes(other);
        var run = Cli.Invoke("list", "--db", other);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--db: '{other}' is a SQLite database of another program (its tables: people), not a Mandates store, and was left as it was", run.Err);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.False(File.Exists(other + "-wal"));

        // A table named like one of ours does not make it ours.
        var lookalike = AnotherProgramsSqliteFile("lookalike.db", "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (1); CREATE TABLE users (id INTEGER)");
        var lookalikeBefore = File.ReadAllBytes(lookalike);
        Assert.Equal(2, Cli.Invoke("list", "--db", lookalike).Exit);
        Assert.Equal(lookalikeBefore, File.ReadAllBytes(lookalike));

        var folderRun = Cli.Invoke("list", "--db", folder);
        Assert.Equal(2, folderRun.Exit);
        Assert.Contains($"--db: '{folder}' is a folder; expected a path to a SQLite file", folderRun.Err);

        var broken = Cli.Invoke("list", "--db", Path.Combine(folder, "a\nb.db"));
        Assert.Equal(2, broken.Exit);
        Assert.Contains("holds a line break or another control character", broken.Err);
        Assert.Empty(Directory.EnumerateFiles(folder, "a*"));
    }

    [Fact]
    public void Verify_and_history_of_a_store_that_does_not_exist_say_so_and_create_nothing()
    {
        foreach (var command in new[] { new[] { "verify" }, ["history", "--tour", "10"] })
        {
            var run = Run(command);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--db: '{Db}' does not exist; expected an existing store to check", run.Err);
            Assert.DoesNotContain("Intact", run.Out);
            Assert.False(File.Exists(Db), $"`{command[0]}` created the store");
        }
        File.WriteAllBytes(Db, []);
        var empty = Run("verify");
        Assert.Equal(2, empty.Exit);
        Assert.Contains($"--db: '{Db}' is an empty file, no store; expected an existing store to check", empty.Err);
        Assert.Equal(0, new FileInfo(Db).Length);
    }

    [Fact]
    public void A_bad_address_in_MANDATES_DB_is_named_as_the_variable()
    {
        // Every other test names its store with --db, so the variable reaches only this one.
        var own = Environment.GetEnvironmentVariable("MANDATES_DB");
        Environment.SetEnvironmentVariable("MANDATES_DB", "ftp://somewhere/ledger");
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(2, CliApp.Run(["verify"], new StringWriter(), stderr, isTerminal: false));
            Assert.Contains("MANDATES_DB: 'ftp://somewhere/ledger' is neither a file path nor a postgres:// address", stderr.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("MANDATES_DB", own);
        }
    }
}
