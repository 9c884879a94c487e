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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
