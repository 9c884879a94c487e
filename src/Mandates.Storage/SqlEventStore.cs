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
/// connection, how to take the exclusive write lock, how to insert, and how its columns hold a day.
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

    /// <summary>Begins a transaction that will write, though not to the ledger (whose writers it need not hold off).</summary>
    protected virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

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
            throw new StoreException($"The store {Description} has schema version {current}, newer than this program's {ProgramSchemaVersion}; use a newer mandates, or another --db.") { Failed = true };
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

    public IEnumerable<LedgerEvent> ReadAfter(long position) => Select("position > @after", ("@after", position));

    public IEnumerable<LedgerEvent> ReadAbout(string operation, IReadOnlyList<string> types, long after, long through)
    {
        if (types.Count == 0) return [];
        var named = types.Select((type, i) => ($"@type{i}", (object)type)).ToArray();
        return Select($"position > @after AND position <= @through AND operation = @operation AND type IN ({string.Join(", ", named.Select(n => n.Item1))})",
            [("@after", after), ("@through", through), ("@operation", operation), .. named]);
    }

    public LedgerEvent? At(long position) => Select("position = @position", ("@position", position)).FirstOrDefault();

    /// <summary>The entries a condition on the events table selects, oldest first, read on a connection of their own.</summary>
    private IEnumerable<LedgerEvent> Select(string condition, params (string Name, object Value)[] parameters)
    {
        using var connection = Connect();
        foreach (var e in Select(connection, null, condition, parameters)) yield return e;
    }

    /// <summary>The entries a condition on the events table selects, oldest first, read on <paramref name="connection"/> (inside <paramref name="transaction"/>, if given).</summary>
    private IEnumerable<LedgerEvent> Select(DbConnection connection, DbTransaction? transaction, string condition, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM events WHERE {condition} ORDER BY position";
        foreach (var (name, value) in parameters) Add(command, name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Read(reader);
    }

    /// <summary>How much of a snapshot one part holds: small enough that reading a part (which the drivers copy) never touches the large-object heap.</summary>
    private const int SnapshotPart = 64 << 10;

    public void SaveSnapshot(long position, string hash, int format, Stream content)
    {
        using var connection = Connect();
        // Not the ledger's exclusive write: a snapshot of an earlier position stays true whatever is appended meanwhile.
        using var transaction = BeginWrite(connection);
        if (Scalar(connection, transaction, $"SELECT COUNT(*) FROM snapshots WHERE position = {position} AND format = {format}") is not (0 or 0L))
            return; // another writer saved this one
        // The newest is the only one an open reads: drop the older ones, and one of another layout at this
        // position (an older program's, which this program's opens cannot read).
        Execute(connection, transaction, $"DELETE FROM snapshot_parts WHERE position <= {position}");
        Execute(connection, transaction, $"DELETE FROM snapshots WHERE position <= {position}");
        using (var header = connection.CreateCommand())
        {
            header.Transaction = transaction;
            header.CommandText = "INSERT INTO snapshots (position, hash, format) VALUES (@position, @hash, @format)";
            Add(header, "@position", position);
            Add(header, "@hash", hash);
            Add(header, "@format", format);
            header.ExecuteNonQuery();
        }
        using (var part = connection.CreateCommand())
        {
            part.Transaction = transaction;
            part.CommandText = "INSERT INTO snapshot_parts (position, part, content) VALUES (@position, @part, @content)";
            Add(part, "@position", position);
            Add(part, "@part", 0);
            Add(part, "@content", null);
            var buffer = new byte[SnapshotPart];
            for (var number = 0; content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) is var read and > 0; number++)
            {
                part.Parameters[1].Value = number;
                part.Parameters[2].Value = read == buffer.Length ? buffer : buffer[..read];
                part.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    public T? ReadSnapshot<T>(int format, Func<long, string, Stream, T?> read) where T : class
    {
        using var connection = Connect();
        long position;
        string hash;
        using (var command = connection.CreateCommand())
        {
            // Only a snapshot of this store's chain: its position must hold the entry it was folded to.
            command.CommandText = """
                SELECT s.position, s.hash FROM snapshots s JOIN events e ON e.position = s.position AND e.hash = s.hash
                WHERE s.format = @format ORDER BY s.position DESC LIMIT 1
                """;
            Add(command, "@format", format);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return null;
            (position, hash) = (reader.GetInt64(0), reader.GetString(1));
        }
        using var parts = connection.CreateCommand();
        parts.CommandText = "SELECT content FROM snapshot_parts WHERE position = @position ORDER BY part";
        Add(parts, "@position", position);
        using var partReader = parts.ExecuteReader();
        using var stream = new BufferedStream(new PartStream(partReader), 1 << 16);
        return read(position, hash, stream);
    }

    /// <summary>A snapshot's parts read one after another as one stream, each copied straight into the reader's buffer (no part is ever allocated).</summary>
    private sealed class PartStream(DbDataReader parts) : Stream
    {
        private long length;
        private long offset;

        public override int Read(byte[] buffer, int bufferOffset, int count)
        {
            while (offset == length)
            {
                if (!parts.Read()) return 0;
                (length, offset) = (parts.GetBytes(0, 0, null, 0, 0), 0);
            }
            var read = (int)parts.GetBytes(0, offset, buffer, bufferOffset, (int)Math.Min(count, length - offset));
            offset += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public (IReadOnlyList<LedgerEvent> Appended, T Result) Write<T>(long knownHead, Func<IReadOnlyList<LedgerEvent>, (IReadOnlyList<NewEvent> Append, T Result)> decide)
    {
        using var connection = Connect();
        using var transaction = BeginExclusive(connection);
        var committed = Select(connection, transaction, "position > @after", ("@after", knownHead)).ToList();
        var (entries, result) = decide(committed);
        if (entries.Count == 0)
        {
            transaction.Rollback();
            return ([], result);
        }
        var (head, headHash) = committed.Count > 0 ? (committed[^1].Position, committed[^1].Hash) : HeadOf(connection, transaction, knownHead);
        var appended = new List<LedgerEvent>(entries.Count);
        foreach (var entry in entries)
        {
            var position = head + 1;
            var hash = LedgerEvent.ComputeHash(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, headHash);
            appended.Add(new LedgerEvent(position, entry.Type, entry.Operation, entry.ValidOn, entry.RecordedAt, entry.RecordedBy, entry.IdempotencyKey, entry.Payload, headHash, hash));
            (head, headHash) = (position, hash);
        }
        Insert(connection, transaction, appended);
        transaction.Commit();
        lastWritten = new Written(head, headHash);
        return (appended, result);
    }

    /// <summary>The head this store last committed: a writer that finds nothing new since needs no query for its hash.</summary>
    private Written? lastWritten;

    private sealed record Written(long Position, string Hash);

    private (long Position, string Hash) HeadOf(DbConnection connection, DbTransaction transaction, long knownHead)
    {
        if (knownHead == 0) return (0, LedgerEvent.Genesis);
        if (lastWritten is { } last && last.Position == knownHead) return (last.Position, last.Hash);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT hash FROM events WHERE position = @position";
        Add(command, "@position", knownHead);
        var hash = command.ExecuteScalar() as string
            ?? throw new StoreException($"The store {Description} has no entry at position {knownHead}, which this program has already read: was the store replaced?") { Failed = true };
        return (knownHead, hash);
    }

    protected static readonly string[] InsertParameters =
        ["@position", "@type", "@operation", "@valid_on", "@recorded_at", "@recorded_by", "@key", "@payload", "@previous_hash", "@hash"];

    /// <summary>The insert of one entry, its parameters in the order of <see cref="InsertParameters"/>.</summary>
    protected static readonly string InsertSql = $"INSERT INTO events ({Columns}) VALUES ({string.Join(", ", InsertParameters)})";

    /// <summary>Inserts the entries, already numbered and chained, inside the write's transaction.</summary>
    protected abstract void Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerEvent> entries);

    private LedgerEvent Read(DbDataReader r)
    {
        var position = r.GetInt64(0);
        LocalDate validOn;
        Instant recordedAt;
        // Only an altered row holds what no writer writes (a month 13, an instant of "garbage"): name it.
        try
        {
            validOn = ReadDay(r, 3);
        }
        catch (Exception e) when (e is UnparsableValueException or FormatException or InvalidCastException)
        {
            throw new DamagedEntryException(position, $"its valid_on '{r.GetValue(3)}' is not a day (YYYY-MM-DD): the entry was altered or the store damaged", e);
        }
        string recordedText;
        try
        {
            recordedText = r.GetString(4);
            recordedAt = InstantPattern.ExtendedIso.Parse(recordedText).GetValueOrThrow();
        }
        catch (Exception e) when (e is UnparsableValueException or InvalidCastException)
        {
            throw new DamagedEntryException(position, $"its recorded_at '{r.GetValue(4)}' is not an instant (e.g. 2025-07-01T09:00:00Z): the entry was altered or the store damaged", e);
        }
        // The hash covers the instant as the program writes it; a text written otherwise for the same instant
        // (a trailing zero, say) would verify though it is not what was stored: name it as altered.
        if (!IsWrittenAs(recordedAt, recordedText))
            throw new DamagedEntryException(position, $"its recorded_at '{recordedText}' is not written as this program writes an instant ('{InstantPattern.ExtendedIso.Format(recordedAt)}'): the entry was altered or the store damaged");
        return new LedgerEvent(position, r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), validOn, recordedAt,
            r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9));
    }

    private static bool IsWrittenAs(Instant instant, string text)
    {
        Span<byte> written = stackalloc byte[IsoUtf8.MaxLength];
        var length = IsoUtf8.Write(instant, written);
        if (length != text.Length) return false;
        for (var i = 0; i < length; i++)
            if (written[i] != text[i]) return false;
        return true;
    }

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
