using System.Data.Common;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Mandates.Storage;

/// <summary>
/// The ledger on a PostgreSQL server. Writers are serialised by a transaction-scoped advisory lock,
/// so positions stay gapless and no two checks can interleave.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>The advisory lock every writer takes ("MAND" in ASCII).</summary>
    private const long WriteLock = 0x4D414E44;

    private readonly NpgsqlDataSource dataSource;
    private readonly string description;

    /// <param name="url">postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE; with no password in it, the driver reads
    /// PGPASSWORD, else the password file (PGPASSFILE, else ~/.pgpass), as libpq does.</param>
    /// <param name="namedBy">Where the address came from (--db or MANDATES_DB), for messages.</param>
    /// <param name="mustExist">A database that holds no ledger yet is refused rather than given one (see <see cref="EventStores.Open"/>).</param>
    public PostgresEventStore(string url, string namedBy = "--db", bool mustExist = false)
    {
        var builder = ParseUrl(url, namedBy);
        // The password, if the address holds one, only as its mask: the description is in every message.
        var password = builder.Password is null ? "" : ":" + DatabaseAddress.Mask;
        description = $"postgres://{builder.Username}{password}@{builder.Host}:{builder.Port}/{builder.Database}";
        dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            if (mustExist)
            {
                using var connection = Connect();
                if (Scalar(connection, null, "SELECT to_regclass('events') IS NOT NULL AND to_regclass('schema_version') IS NOT NULL") is not true)
                    throw new StoreException($"{namedBy}: the database {description} holds no Mandates ledger; expected an existing store to check "
                        + "(a new one is created on first use only by the commands that read or write the law, e.g. `mandates list`).") { DoesNotExist = true };
            }
            Migrate();
        }
        catch (StoreException)
        {
            dataSource.Dispose();
            throw;
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            throw new StoreException(
                $"{namedBy}: cannot use the PostgreSQL server {description}: {Said(e)}{Hint(e)}", e) { Failed = true };
        }
    }

    /// <summary>
    /// The server's words, its code first: the sentence alone, for Npgsql's message of a server's error goes on
    /// over lines with details (the position in the statement) that say nothing to a user.
    /// </summary>
    internal static string Said(Exception e) =>
        e is PostgresException server ? $"{server.SqlState}: {server.MessageText}" : e.Message;

    /// <summary>
    /// What would have worked, where the server's words do not say it: a password, or the owner's role.
    /// </summary>
    private static string Hint(NpgsqlException e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword }
            || e.Message.StartsWith("No password has been provided", StringComparison.Ordinal)
            ? "; expected the role's password in PGPASSWORD or ~/.pgpass (or the file PGPASSFILE names), "
                + "not typed into the address"
        : e is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege }
            ? "; expected a role with the privileges docs/security.md lists (creating or migrating the ledger needs "
                + "the database's owner)"
        : "";

    public override string Description => description;

    protected override string Dialect => "Postgres";

    protected override DbConnection Connect() => dataSource.OpenConnection();

    protected override DbTransaction BeginExclusive(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLock})");
        return transaction;
    }

    /// <summary>The batch's inserts in one round trip to the server.</summary>
    protected override void Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerEvent> entries)
    {
        using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var e in entries)
        {
            var command = new NpgsqlBatchCommand(InsertSql);
            var values = Values(e);
            for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue(InsertParameters[i], values[i] ?? DBNull.Value);
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
    }

    /// <summary>An entry's column values, in the order of <see cref="SqlEventStore.InsertParameters"/>.</summary>
    private static object?[] Values(LedgerEvent e) =>
    [
        e.Position, e.Type, e.Operation, e.ValidOn.ToDateOnly(), InstantPattern.ExtendedIso.Format(e.RecordedAt),
        e.RecordedBy, e.IdempotencyKey, e.Payload, e.PreviousHash, e.Hash,
    ];

    protected override LocalDate ReadDay(DbDataReader reader, int ordinal) => LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(ordinal));

    /// <summary>
    /// Reads <c>postgres://user:password@host:port/database</c>, refusing anything else with a message that shows the
    /// expected form.
    /// </summary>
    public static NpgsqlConnectionStringBuilder ParseUrl(string url, string namedBy = "--db")
    {
        const string expected = "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, e.g. postgres://mandates@127.0.0.1:5432/mandates";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql") || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' is not a PostgreSQL address; {expected}.");
        var database = uri.AbsolutePath.Trim('/');
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        if (user.Length == 0 || database.Length == 0)
            throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' lacks a {(user.Length == 0 ? "user" : "database")}; {expected}.");
        if (database.Contains('/'))
            throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' names the path '{database}' where one database name belongs; {expected}.");
        if (uri.Fragment.Length > 0)
            throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' ends in a fragment ('{uri.Fragment}'), which an address to a database does not have; {expected}.");
        var sslMode = SslMode.Prefer;
        var seen = false;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            // Read, not dropped: an address asking for TLS must not quietly connect without it.
            var (name, value) = pair.IndexOf('=') is var eq and >= 0 ? (Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..])) : (Uri.UnescapeDataString(pair), "");
            if (name != "sslmode")
                throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' asks for '{name}', which this program does not read; expected no parameter, or sslmode=disable|allow|prefer|require|verify-ca|verify-full.");
            if (seen)
                throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' gives sslmode more than once; expected it once.");
            seen = true;
            sslMode = value switch
            {
                "disable" => SslMode.Disable,
                "allow" => SslMode.Allow,
                "prefer" => SslMode.Prefer,
                "require" => SslMode.Require,
                "verify-ca" => SslMode.VerifyCA,
                "verify-full" => SslMode.VerifyFull,
                _ => throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' asks for sslmode '{value}'; expected disable, allow, prefer, require, verify-ca or verify-full."),
            };
        }
        // Port 0 parses as a URI but is no port a server listens on (the driver would throw, not say so).
        if (!uri.IsDefaultPort && uri.Port == 0)
            throw new StoreException($"{namedBy}: '{DatabaseAddress.Masked(url)}' names port 0, on which no server listens; expected a port from 1 to 65535, or none for 5432.");
        return new NpgsqlConnectionStringBuilder
        {
            SslMode = sslMode,
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Username = user,
            Password = uri.UserInfo.Contains(':') ? Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':') + 1)..]) : null,
            Database = database,
            // Generous: a busy server (or a busy machine) must not turn into a refused write.
            Timeout = 30,
            CommandTimeout = 120,
        };
    }

    public override void Dispose()
    {
        dataSource.Dispose();
        base.Dispose();
    }
}
