namespace Mandates.Cli.Tests;

/// <summary>
/// Tests that run commands against a SQLite store of their own: a fresh folder per test (for the store
/// and any other files the test writes), removed afterwards.
/// </summary>
public abstract class StoreTests : IDisposable
{
    protected readonly string folder;

    /// <summary>The clock's reading for <see cref="Run"/>: <see cref="Cli.Today"/> unless the tests need a later one.</summary>
    private readonly NodaTime.Instant now;

    protected StoreTests(string name, NodaTime.Instant? now = null)
    {
        folder = Directory.CreateTempSubdirectory($"mandates-{name}-").FullName;
        this.now = now ?? Cli.Today;
    }

    protected string Db => Path.Combine(folder, "ledger.db");

    /// <summary>Runs the command against this test's store.</summary>
    private protected Cli.Run Run(params string[] args) => Cli.InvokeAt(now, [.. args, "--db", Db]);

    /// <summary>Runs the command against this test's store as if the clock showed <paramref name="now"/>.</summary>
    private protected Cli.Run RunAt(NodaTime.Instant now, params string[] args) => Cli.InvokeAt(now, [.. args, "--db", Db]);

    /// <summary>
    /// The store's bytes, to show that nothing was written: its connections closed first, which moves the
    /// write-ahead log into the database file (as another test clearing the pools may do at any moment), so
    /// the bytes compared are the store's wherever they were. A log left (or created, empty, by an open) counts too.
    /// </summary>
    protected string Stored()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return string.Join(" ", new[] { Db, Db + "-wal" }.Where(f => File.Exists(f) && new FileInfo(f).Length > 0)
            .Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
