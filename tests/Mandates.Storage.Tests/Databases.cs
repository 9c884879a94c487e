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
