using System.Data.Common;
using System.Text;
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

    /// <summary>
    /// Refuses a folder named as the store, before anything else is said of it: a folder is "a folder" whether
    /// or not the command needs an existing store (not "does not exist", which sends a user looking for a file).
    /// </summary>
    internal static void RefuseFolder(string path, string namedBy)
    {
        if (Directory.Exists(Path.GetFullPath(path)))
            throw new StoreException($"{namedBy}: '{EventStores.Shown(path)}' is a folder; expected a path to a "
                + $"SQLite file, e.g. {Path.Combine(path, "mandates.db")}.");
    }

    /// <param name="path">The SQLite file, created on first use.</param>
    /// <param name="namedBy">Where the path came from (--db or MANDATES_DB), for messages.</param>
    /// <param name="warn">Where a warning goes (a store other accounts may read); null to say nothing.</param>
    public SqliteEventStore(string path, string namedBy = "--db", Action<string>? warn = null)
    {
        this.path = Path.GetFullPath(path);
        if (Path.GetDirectoryName(this.path) is { } folder && !Directory.Exists(folder))
            throw new StoreException($"{namedBy}: the folder of '{EventStores.Shown(path)}' does not exist; expected a path to a SQLite file in an existing folder, e.g. mandates.db.");
        RefuseFolder(path, namedBy);
        // Before SQLite opens (or creates) the file: a new store is owner-only from its first byte.
        SqliteStoreFiles.Guard(this.path, path, namedBy, warn);
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
            {
                RefuseAnotherProgramsDatabase(connection, namedBy);
                Execute(connection, null, "PRAGMA journal_mode=WAL");
            }
            Migrate();
        }
        catch (SqliteException e)
        {
            // A file that is no database at all was named wrongly; any other failure is the store's own.
            throw new StoreException($"{namedBy}: '{EventStores.Shown(path)}' cannot be used as a SQLite store: {Explained(e)}.", e)
            {
                Failed = (e.SqliteErrorCode & 0xff) != SQLitePCL.raw.SQLITE_NOTADB,
            };
        }
    }

    /// <summary>
    /// What SQLite said, and what was expected instead: SQLite's own words ("file is not a database") name
    /// the failure but not what would have worked, which differs with each.
    /// </summary>
    internal static string Explained(SqliteException e) => $"{e.Message.TrimEnd('.')}; expected " + (e.SqliteErrorCode & 0xff) switch
    {
        raw.SQLITE_NOTADB => "a Mandates store (a SQLite file created by mandates) or a new path, e.g. mandates.db",
        raw.SQLITE_CORRUPT => "an intact Mandates store, but this file is damaged (cut short or overwritten, say): restore it from a backup",
        raw.SQLITE_READONLY or raw.SQLITE_PERM or raw.SQLITE_CANTOPEN or raw.SQLITE_AUTH =>
            "a store this user may read and write, in a folder it may write to (SQLite keeps its -wal and -shm files beside the store): check their permissions",
        raw.SQLITE_IOERR => "a store on a disk that can be read and written: check the disk (a network drive gone, or a failing one) and the file",
        raw.SQLITE_FULL => "room on the disk for the store to grow",
        raw.SQLITE_BUSY or raw.SQLITE_LOCKED => "the store free of other writers within 60 seconds: try again once the other program is done",
        _ => "a Mandates store (a SQLite file created by mandates) that SQLite can read and write",
    };

    /// <summary>
    /// Looks at the file before anything is written to it (even the journal mode, which changes its header;
    /// opening and reading change nothing): a SQLite database whose tables are another program's is not ours
    /// to add to. A new file has no tables.
    /// </summary>
    private void RefuseAnotherProgramsDatabase(System.Data.Common.DbConnection connection, string namedBy)
    {
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        if (tables.Count > 0 && !(tables.Contains("schema_version") && tables.Contains("events")))
            throw new StoreException($"{namedBy}: '{EventStores.Shown(path)}' is a SQLite database of another program (its tables: {string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : "")}), "
                + "not a Mandates store, and was left as it was; expected a Mandates store, or a new file, e.g. mandates.db.");
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
    /// Inserts through SQLite's own statement API, prepared once a batch and bound by position, each text
    /// written as UTF-8 into one buffer (days and instants without a string between): the provider's
    /// command binds each parameter by name and allocates on every execution, which costs more than the
    /// insert itself when a group commit appends dozens of entries.
    /// </summary>
    protected override void Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerEvent> entries)
    {
        var db = ((SqliteConnection)connection).Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, InsertSql, out var statement));
        using (statement)
        {
            var text = new byte[4096];
            Span<byte> iso = stackalloc byte[IsoUtf8.MaxLength];
            foreach (var e in entries)
            {
                // In the order of InsertParameters.
                Check(db, raw.sqlite3_bind_int64(statement, 1, e.Position));
                Bind(db, statement, 2, e.Type, ref text);
                Bind(db, statement, 3, e.Operation, ref text);
                Check(db, raw.sqlite3_bind_text(statement, 4, iso[..IsoUtf8.Write(e.ValidOn, iso)]));
                Check(db, raw.sqlite3_bind_text(statement, 5, iso[..IsoUtf8.Write(e.RecordedAt, iso)]));
                Bind(db, statement, 6, e.RecordedBy, ref text);
                Bind(db, statement, 7, e.IdempotencyKey, ref text);
                Bind(db, statement, 8, e.Payload, ref text);
                Bind(db, statement, 9, e.PreviousHash, ref text);
                Bind(db, statement, 10, e.Hash, ref text);
                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE) Check(db, step);
                Check(db, raw.sqlite3_reset(statement));
            }
        }
    }

    /// <summary>Binds a text (SQLite copies it), or null.</summary>
    private static void Bind(sqlite3 db, sqlite3_stmt statement, int index, string? value, ref byte[] buffer)
    {
        if (value is null)
        {
            Check(db, raw.sqlite3_bind_null(statement, index));
            return;
        }
        if (Encoding.UTF8.GetMaxByteCount(value.Length) > buffer.Length) buffer = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        Check(db, raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(value, buffer))));
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
    }

    protected override LocalDate ReadDay(DbDataReader reader, int ordinal) => LocalDatePattern.Iso.Parse(reader.GetString(ordinal)).GetValueOrThrow();
}
