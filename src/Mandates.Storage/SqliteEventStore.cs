using System.Data.Common;
using Mandates.Core.Ledger;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Storage;

/// <summary>
/// The ledger in a SQLite file, created on first use. Writes are durable (WAL, synchronous=FULL) and
/// exclusive: BEGIN IMMEDIATE takes the database's write lock, across processes.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string connectionString;
    private readonly string path;

    public SqliteEventStore(string path)
    {
        this.path = Path.GetFullPath(path);
        if (Path.GetDirectoryName(this.path) is { } folder && !Directory.Exists(folder))
            throw new StoreException($"--db: the folder of '{path}' does not exist; expected a path to a SQLite file in an existing folder, e.g. mandates.db.");
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = this.path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        try
        {
            using (var connection = Connect())
                Execute(connection, null, "PRAGMA journal_mode=WAL");
            Migrate();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"--db: '{path}' cannot be used as a SQLite store: {e.Message}", e);
        }
    }

    public override string Description => path;

    protected override string Dialect => "Sqlite";

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Durable: a commit reaches the disk before it is acknowledged. Wait for other writers rather than fail.
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;";
        command.ExecuteNonQuery();
        return connection;
    }

    protected override DbTransaction BeginExclusive(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // SQLite has one writer at a time: take the write lock at the start rather than fail to upgrade a read.
    protected override DbTransaction BeginWrite(DbConnection connection) => BeginExclusive(connection);

    protected override object DayParameter(LocalDate day) => LocalDatePattern.Iso.Format(day);

    protected override LocalDate ReadDay(DbDataReader reader, int ordinal) => LocalDatePattern.Iso.Parse(reader.GetString(ordinal)).GetValueOrThrow();
}
