using NodaTime;
using NodaTime.Testing;

namespace Mandates.Cli.Tests;

/// <summary>Runs the `mandates` command in process, as a user would type it, and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Run(int Exit, string Out, string Err);

    /// <summary>"Today" for commands run without --on.</summary>
    public static readonly Instant Today = Instant.FromUtc(2025, 7, 1, 9, 0);

    /// <summary>An empty ledger for commands that read one, so no test writes into the working folder; removed when the tests end.</summary>
    public static readonly string EmptyLedger = TemporaryLedger();

    private static string TemporaryLedger()
    {
        var folder = Directory.CreateTempSubdirectory("mandates-cli-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        };
        var path = Path.Combine(folder, "empty.db");
        // Created here, once, so tests running in parallel never race to create the same file.
        CliApp.Run(["verify", "--db", path], TextWriter.Null, TextWriter.Null, new FakeClock(Today), isTerminal: false,
            Core.Ledger.LedgerSnapshot.SaveAfter);
        return path;
    }

    public static Run Invoke(params string[] args) => InvokeAt(Today, args);

    /// <summary>Runs the command as if the clock showed <paramref name="now"/>: what it writes is recorded then.</summary>
    public static Run InvokeAt(Instant now, params string[] args) => InvokeAt(now, Core.Ledger.LedgerSnapshot.SaveAfter, args);

    /// <summary>Runs the command as if an open that folds <paramref name="snapshotAfter"/> entries saved a snapshot, so a test need not append 50,000.</summary>
    public static Run InvokeAt(Instant now, int snapshotAfter, params string[] args)
    {
        if (!args.Contains("--db")) args = [.. args, "--db", EmptyLedger];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new FakeClock(now), isTerminal: false, snapshotAfter);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }
}
