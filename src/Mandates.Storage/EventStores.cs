using Mandates.Core.Ledger;

namespace Mandates.Storage;

/// <summary>Opens the store a user names: a SQLite file path, or a postgres:// address.</summary>
public static class EventStores
{
    public const string DefaultFile = "mandates.db";

    /// <summary>
    /// Opens <paramref name="location"/> (given as --db), or $MANDATES_DB, or <c>mandates.db</c> in the working folder;
    /// messages name where the location came from.
    /// </summary>
    /// <param name="location">--db as given, or null for $MANDATES_DB or the default file.</param>
    /// <param name="mustExist">A store that does not exist yet (no SQLite file, an empty one, or a PostgreSQL database without a ledger) is refused rather than created: for a command that only checks a store (a mistyped path must not be reported as an intact, empty ledger).</param>
    /// <param name="warn">Where a warning goes (a SQLite store other accounts may read); null to say nothing.</param>
    public static IEventStore Open(string? location, bool mustExist = false, Action<string>? warn = null)
    {
        var (given, namedBy) = Named(location);
        const string expected = "expected a SQLite file (e.g. mandates.db) or postgres://USER@HOST:PORT/DATABASE";
        if (given.Trim().Length == 0)
            throw new StoreException($"{namedBy}: an empty location; {expected}.");
        if (given.Any(char.IsControl))
            throw new StoreException($"{namedBy}: '{Shown(DatabaseAddress.Masked(given))}' holds a line break or another control character; {expected}.");
        if (IsPostgres(given))
            return new PostgresEventStore(given, namedBy, mustExist);
        // A mistyped address (postgres:user:password@host) is no file name: it would become a SQLite file, its
        // password in the name.
        if (given.Contains("://", StringComparison.Ordinal) || given.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) || given.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase))
            throw new StoreException($"{namedBy}: '{Shown(DatabaseAddress.Masked(given))}' is neither a file path nor a postgres:// address; expected e.g. mandates.db or postgres://mandates@127.0.0.1:5432/mandates.");
        SqliteEventStore.RefuseFolder(given, namedBy);
        if (mustExist && (!File.Exists(given) || new FileInfo(given).Length == 0))
            throw new StoreException($"{namedBy}: '{Shown(given)}' {(File.Exists(given) ? "is an empty file, no store" : "does not exist")}; expected an existing store to check (a new one is created on first use only by the commands that read or write the law, e.g. `mandates list`).") { DoesNotExist = true };
        return new SqliteEventStore(given, namedBy, warn);
    }

    /// <summary>
    /// Whether a location names a PostgreSQL server (postgres:// or postgresql://) rather than a SQLite file.
    /// </summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A store's failure as a message gives it after the store's path: SQLite's own words with what was expected
    /// instead; a server's words as they come (PostgreSQL says what it wanted).
    /// </summary>
    public static string Failure(System.Data.Common.DbException e) =>
        e is Microsoft.Data.Sqlite.SqliteException sqlite ? SqliteEventStore.Explained(sqlite)
        : PostgresEventStore.Said(e).TrimEnd('.');

    /// <summary>
    /// The location a user names: --db as given, or $MANDATES_DB, or the default file; and which of them named it.
    /// </summary>
    private static (string Given, string NamedBy) Named(string? location) =>
        location is not null ? (location, "--db")
        : Environment.GetEnvironmentVariable("MANDATES_DB") is { } variable ? (variable, "MANDATES_DB")
        : (DefaultFile, "--db");

    /// <summary>A location as messages echo it: cut short, for a path may be any length.</summary>
    internal static string Shown(string location) => Core.Records.Visible.Shown(location, 200);
}
