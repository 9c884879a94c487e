using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Storage;

/// <summary>
/// The ledger on a SQL database: what SQLite and PostgreSQL share. A subclass says how to open a
/// connection, how to take the exclusive write lock, and how its columns hold a day.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private const string Columns = "position, type, operation, valid_on, recorded_at, recorded_by, idempotency_key, payload, previous_hash, hash";

    public abstract string Description { get; }

    /// <summary>The migration scripts' folder among the embedded resources, e.g. "Sqlite".</summary>
    protected abstract string Dialect { get; }

    protected abstract DbConnection Connect();

    /// <summary>Begins a transaction that excludes every other writer until it ends.</summary>
    protected abstract DbTransaction BeginExclusive(DbConnection connection);

    protected abstract object DayParameter(LocalDate day);

    protected abstract LocalDate ReadDay(DbDataReader reader, int ordinal);

    /// <summary>The schema version this program knows: the number of its newest migration.</summary>
    public int ProgramSchemaVersion => Migrations().Max(m => m.Version);

    /// <summary>Applies every migration the store lacks, or refuses a store newer than the program.</summary>
    protected void Migrate()
    {
        using var connection = Connect();
        // Most opens find the schema current: check that without taking the write lock, which writers hold.
        if (IsCurrent(connection)) return;
        using var transaction = BeginExclusive(connection);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0, CultureInfo.InvariantCulture);
        if (current > ProgramSchemaVersion)
            throw new StoreException($"The store {Description} has schema version {current}, newer than this program's {ProgramSchemaVersion}; use a newer mandates, or another --db.");
        foreach (var migration in Migrations().Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            Execute(connection, transaction, migration.Sql);
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({migration.Version})");
        }
        transaction.Commit();
    }

    private bool IsCurrent(DbConnection connection)
    {
        try
        {
            var version = Convert.ToInt32(Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0, CultureInfo.InvariantCulture);
            return version == ProgramSchemaVersion;
        }
        catch (DbException)
        {
            return false; // no schema yet: migrate under the lock
        }
    }

    private IEnumerable<(int Version, string Sql)> Migrations()
    {
        var assembly = typeof(SqlEventStore).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{Dialect}.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            // "0001_ledger.sql" → 1
            var file = name[prefix.Length..];
            var version = int.Parse(file[..file.IndexOf('_')], CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (version, reader.ReadToEnd());
        }
    }

    public long Head
    {
        get
        {
            using var connection = Connect();
            return Convert.ToInt64(Scalar(connection, null, "SELECT COALESCE(MAX(position), 0) FROM events"), CultureInfo.InvariantCulture);
        }
    }

    public IEnumerable<LedgerEvent> ReadAfter(long position)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events WHERE position > @after ORDER BY position";
        Add(command, "@after", position);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Read(reader);
    }

    public LedgerEvent? At(long position)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events WHERE position = @position";
        Add(command, "@position", position);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public void SaveSnapshot(long position, string hash, int format, Stream content)
    {
        using var connection = Connect();
        // Not the ledger's exclusive write: a snapshot of an earlier position stays true whatever is appended meanwhile.
        using var transaction = connection.BeginTransaction();
        if (InsertSnapshot(connection, transaction, position, hash, format, content))
        {
            using var prune = connection.CreateCommand();
            prune.Transaction = transaction;
            prune.CommandText = "DELETE FROM snapshots WHERE position < @position";
            Add(prune, "@position", position);
            prune.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Inserts the snapshot unless one of that position exists; returns whether it did.</summary>
    protected abstract bool InsertSnapshot(DbConnection connection, DbTransaction transaction, long position, string hash, int format, Stream content);

    public T? ReadSnapshot<T>(int format, Func<long, string, Stream, T?> read) where T : class
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        // Only a snapshot of this store's chain: its position must hold the entry it was folded to.
        command.CommandText = """
            SELECT s.position, s.hash, s.state FROM snapshots s JOIN events e ON e.position = s.position AND e.hash = s.hash
            WHERE s.format = @format ORDER BY s.position DESC LIMIT 1
            """;
        Add(command, "@format", format);
        using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
        if (!reader.Read()) return null;
        var (position, hash) = (reader.GetInt64(0), reader.GetString(1));
        using var stream = new BufferedStream(reader.GetStream(2), 1 << 20);
        return read(position, hash, stream);
    }

    public (IReadOnlyList<LedgerEvent> Appended, T Result) Write<T>(long knownHead, Func<IReadOnlyList<LedgerEvent>, (IReadOnlyList<NewEvent> Append, T Result)> decide)
    {
        using var connection = Connect();
        using var transaction = BeginExclusive(connection);
        var committed = new List<LedgerEvent>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Columns} FROM events WHERE position > @after ORDER BY position";
            Add(command, "@after", knownHead);
            using var reader = command.ExecuteReader();
            while (reader.Read()) committed.Add(Read(reader));
        }
        var (entries, result) = decide(committed);
        if (entries.Count == 0)
        {
            transaction.Rollback();
            return ([], result);
        }
        var (head, headHash) = committed.Count > 0 ? (committed[^1].Position, committed[^1].Hash) : HeadOf(connection, transaction, knownHead);
        var appended = new List<LedgerEvent>(entries.Count);
        using var insert = InsertCommand(connection, transaction);
        foreach (var entry in entries)
        {
            var position = head + 1;
            var hash = LedgerEvent.ComputeHash(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, headHash);
            var e = new LedgerEvent(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, headHash, hash);
            Insert(insert, e);
            appended.Add(e);
            (head, headHash) = (position, hash);
        }
        transaction.Commit();
        return (appended, result);
    }

    private (long Position, string Hash) HeadOf(DbConnection connection, DbTransaction transaction, long knownHead)
    {
        if (knownHead == 0) return (0, LedgerEvent.Genesis);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT hash FROM events WHERE position = @position";
        Add(command, "@position", knownHead);
        var hash = command.ExecuteScalar() as string
            ?? throw new StoreException($"The store {Description} has no entry at position {knownHead}, which this program has already read: was the store replaced?");
        return (knownHead, hash);
    }

    private static readonly string[] InsertParameters =
        ["@position", "@type", "@operation", "@valid_on", "@recorded_at", "@recorded_by", "@key", "@payload", "@previous_hash", "@hash"];

    /// <summary>One prepared insert for a whole batch: parsed once, bound once per entry.</summary>
    private static DbCommand InsertCommand(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO events ({Columns}) VALUES ({string.Join(", ", InsertParameters)})";
        foreach (var name in InsertParameters) Add(command, name, null);
        return command;
    }

    private void Insert(DbCommand command, LedgerEvent e)
    {
        object?[] values =
        [
            e.Position, e.Type, e.Operation, DayParameter(e.ValidOn), InstantPattern.ExtendedIso.Format(e.RecordedAt),
            e.RecordedBy, e.IdempotencyKey, e.Payload, e.PreviousHash, e.Hash,
        ];
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private LedgerEvent Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        ReadDay(r, 3),
        InstantPattern.ExtendedIso.Parse(r.GetString(4)).GetValueOrThrow(),
        r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.GetString(7),
        r.GetString(8),
        r.GetString(9));

    protected static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
