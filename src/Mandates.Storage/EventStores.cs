using Mandates.Core.Ledger;

namespace Mandates.Storage;

/// <summary>Opens the store a user names: a SQLite file path, or a postgres:// address.</summary>
public static class EventStores
{
    public const string DefaultFile = "mandates.db";

    /// <summary>Opens <paramref name="location"/> (given as --db), or $MANDATES_DB, or <c>mandates.db</c> in the working folder; messages name where the location came from.</summary>
    public static IEventStore Open(string? location)
    {
        var (given, namedBy) = location is not null ? (location, "--db")
            : Environment.GetEnvironmentVariable("MANDATES_DB") is { } variable ? (variable, "MANDATES_DB")
            : (DefaultFile, "--db");
        if (given.Trim().Length == 0)
            throw new StoreException($"{namedBy}: an empty location; expected a SQLite file (e.g. mandates.db) or postgres://USER@HOST:PORT/DATABASE.");
        return given.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || given.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? new PostgresEventStore(given, namedBy)
            : given.Contains("://", StringComparison.Ordinal)
                ? throw new StoreException($"{namedBy}: '{PostgresEventStore.Redact(given)}' is neither a file path nor a postgres:// address; expected e.g. mandates.db or postgres://mandates@127.0.0.1:5432/mandates.")
                : new SqliteEventStore(given, namedBy);
    }
}
