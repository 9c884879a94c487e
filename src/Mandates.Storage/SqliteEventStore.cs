using System.Data.Common;
using Mandates.Core.Ledger;
using Microsoft.Data.Sqlite;
using SQLitePCL;
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

    /// <summary>
    /// Inserts through SQLite's own statement API, prepared once a batch and bound by position: the
    /// provider's command binds each parameter by name on every execution, which costs more than the
    /// insert itself when a group commit appends dozens of entries (about 8 µs an entry against 3).
    /// </summary>
    protected override void Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerEvent> entries)
    {
        var db = ((SqliteConnection)connection).Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, InsertSql, out var statement));
        using (statement)
        {
            foreach (var e in entries)
            {
                var values = Values(e);
                for (var i = 0; i < values.Length; i++)
                    Check(db, values[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, i + 1),
                        long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                        string text => raw.sqlite3_bind_text(statement, i + 1, text),
                        var other => throw new InvalidOperationException($"A ledger column holds a {other.GetType().Name}."),
                    });
                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE) Check(db, step);
                Check(db, raw.sqlite3_reset(statement));
            }
        }
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
    }

    protected override object DayParameter(LocalDate day) => LocalDatePattern.Iso.Format(day);

    protected override LocalDate ReadDay(DbDataReader reader, int ordinal) => LocalDatePattern.Iso.Parse(reader.GetString(ordinal)).GetValueOrThrow();
}
