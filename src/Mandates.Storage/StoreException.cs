namespace Mandates.Storage;

/// <summary>The store cannot be used as asked: a malformed location, an unreachable server, a store newer than the program. The message says which and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The store was required to exist and does not yet (no SQLite file, an empty one, or a database without a ledger): nothing was created.</summary>
    public bool DoesNotExist { get; init; }

    /// <summary>
    /// The store itself failed (a server unreachable, a file damaged, read-only or on a full disk, a schema
    /// newer than the program), rather than being named wrongly: hosts tell the two apart (exit code 3, not 2).
    /// </summary>
    public bool Failed { get; init; }
}
