using Mandates.Core.Ledger;
using Mandates.Storage;
using Npgsql;

namespace Mandates.Storage.Tests;

/// <summary>
/// Real databases for the contract suite: a SQLite file in a fresh folder, and a fresh database on the
/// PostgreSQL server that scripts/test starts (its address in MANDATES_TEST_POSTGRES).
/// </summary>
public interface IDatabase : IDisposable
{
    string Name { get; }
    /// <summary>The store's location as a user gives it to --db: a file path or a postgres:// address.</summary>
    string Location { get; }
    /// <summary>A new connection to the same store, as another process would open it.</summary>
    IEventStore Open();
    /// <summary>Runs raw SQL against the store, as someone with direct access to the database could.</summary>
    void Tamper(string sql);
    /// <summary>Removes the append-only guard, as an attacker with full access to the database could.</summary>
    void RemoveAppendOnlyGuard();
    /// <summary>Checks the hash chain with scripts/verify-ledger.py, reading the database as an auditor without the program would.</summary>
    IndependentCheck.Result VerifyWithoutTheProgram(params string[] anchors);
}

/// <summary>Runs scripts/verify-ledger.py (docs/ledger-format.md): the hash chain checked by Python's standard library, not by this program's code.</summary>
public static class IndependentCheck
{
    public sealed record Result(int Exit, string Out);

    private static readonly string Script = FindScript();

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (Path.Combine(folder.FullName, "scripts", "verify-ledger.py") is var script && File.Exists(script)) return script;
        throw new FileNotFoundException("scripts/verify-ledger.py was not found above the test's folder.");
    }

    public static Result Python(IEnumerable<string> arguments, IEnumerable<string> anchors) =>
        Run("python3", [Script, .. arguments, .. anchors.SelectMany(a => new[] { "--anchor", a })]);

    public static Result Run(string program, IEnumerable<string> arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        // As docs/ledger-format.md tells an auditor: days as YYYY-MM-DD and text as UTF-8, whatever the defaults.
        (start.Environment["PGDATESTYLE"], start.Environment["PGCLIENTENCODING"]) = ("ISO", "UTF8");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result + errors);
    }
}

public sealed class SqliteDatabase : IDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("mandates-sqlite-").FullName;
    public string Path => System.IO.Path.Combine(folder, "mandates.db");
    public string Name => "SQLite";
    public string Location => Path;
    public IEventStore Open() => new SqliteEventStore(Path);

    public void Tamper(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void RemoveAppendOnlyGuard()
    {
        Tamper("DROP TRIGGER events_are_never_updated");
        Tamper("DROP TRIGGER events_are_never_deleted");
    }

    public IndependentCheck.Result VerifyWithoutTheProgram(params string[] anchors) => IndependentCheck.Python([Path], anchors);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class PostgresDatabase : IDatabase
{
    public const string Variable = "MANDATES_TEST_POSTGRES";
    private readonly string server;
    private readonly string database = "mandates_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string? Server => Environment.GetEnvironmentVariable(Variable);

    public PostgresDatabase()
    {
        server = Server ?? throw new InvalidOperationException($"{Variable} is not set: run the tests through scripts/test, which starts PostgreSQL.");
        using var admin = new NpgsqlConnection(PostgresEventStore.ParseUrl(server).ConnectionString);
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = $"CREATE DATABASE {database}";
        command.ExecuteNonQuery();
    }

    public string Url => server[..server.LastIndexOf('/')] + "/" + database;
    public string Name => "PostgreSQL";
    public string Location => Url;
    public IEventStore Open() => new PostgresEventStore(Url);

    public void Tamper(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresEventStore.ParseUrl(Url).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void RemoveAppendOnlyGuard() => Tamper("DROP TRIGGER events_are_append_only ON events");

    /// <summary>The table exported as CSV by psql (as docs/ledger-format.md shows), then checked by the script.</summary>
    public IndependentCheck.Result VerifyWithoutTheProgram(params string[] anchors)
    {
        var csv = System.IO.Path.GetTempFileName();
        try
        {
            var export = IndependentCheck.Run(Psql(), [Url, "-c", $"\\copy (SELECT * FROM events ORDER BY position) TO '{csv}' WITH (FORMAT csv, HEADER)"]);
            if (export.Exit != 0) throw new InvalidOperationException($"psql could not export the events: {export.Out}");
            return IndependentCheck.Python(["--csv", csv], anchors);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>psql from the server's own installation (scripts/postgres installs both), else from the PATH.</summary>
    private static string Psql() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => System.IO.Path.Combine(d, "bin", "psql")).Where(File.Exists).Order().LastOrDefault() ?? "psql"
            : "psql";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(PostgresEventStore.ParseUrl(server).ConnectionString);
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {database} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
