using Mandates.Core.Ledger;

namespace Mandates.Storage;

/// <summary>Opens the store a user names: a SQLite file path, or a postgres:// address.</summary>
public static class EventStores
{
    public const string DefaultFile = "mandates.db";

    /// <summary>Opens <paramref name="location"/>, or $MANDATES_DB, or <c>mandates.db</c> in the working folder.</summary>
    public static IEventStore Open(string? location)
    {
        location ??= Environment.GetEnvironmentVariable("MANDATES_DB") ?? DefaultFile;
        if (location.Trim().Length == 0)
            throw new StoreException("--db: an empty location; expected a SQLite file (e.g. mandates.db) or postgres://USER@HOST:PORT/DATABASE.");
        return location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? new PostgresEventStore(location)
            : location.Contains("://", StringComparison.Ordinal)
                ? throw new StoreException($"--db: '{location}' is neither a file path nor a postgres:// address; expected e.g. mandates.db or postgres://mandates@127.0.0.1:5432/mandates.")
                : new SqliteEventStore(location);
    }
}
