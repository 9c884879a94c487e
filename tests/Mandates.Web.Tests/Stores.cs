using Mandates.Storage;
using Npgsql;

namespace Mandates.Web.Tests;

/// <summary>A SQLite file in a folder of its own, deleted after the test.</summary>
internal sealed class SqliteFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mandates-web-").FullName;

    public string Path => System.IO.Path.Combine(folder, "mandates.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// A database of its own on the PostgreSQL server scripts/test starts (its address in MANDATES_TEST_POSTGRES).
/// </summary>
internal sealed class PostgresDatabase
{
    public const string Variable = "MANDATES_TEST_POSTGRES";

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: run the tests through scripts/test, "
                + "which starts PostgreSQL.");
        var database = "mandates_web_" + Guid.NewGuid().ToString("N")[..12];
        using var admin = new NpgsqlConnection(PostgresEventStore.ParseUrl(server).ConnectionString);
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = $"CREATE DATABASE {database}";
        command.ExecuteNonQuery();
        Url = server[..server.LastIndexOf('/')] + "/" + database;
    }

    public string Url { get; }
}
