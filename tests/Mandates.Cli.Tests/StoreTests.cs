namespace Mandates.Cli.Tests;

/// <summary>
/// Tests that run commands against a SQLite store of their own: a fresh folder per test (for the store
/// and any other files the test writes), removed afterwards.
/// </summary>
public abstract class StoreTests : IDisposable
{
    protected readonly string folder;

    protected StoreTests(string name) => folder = Directory.CreateTempSubdirectory($"mandates-{name}-").FullName;

    protected string Db => Path.Combine(folder, "ledger.db");

    /// <summary>Runs the command against this test's store.</summary>
    private protected Cli.Run Run(params string[] args) => Cli.Invoke([.. args, "--db", Db]);

    /// <summary>Runs the command against this test's store as if the clock showed <paramref name="now"/>.</summary>
    private protected Cli.Run RunAt(NodaTime.Instant now, params string[] args) => Cli.InvokeAt(now, [.. args, "--db", Db]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
