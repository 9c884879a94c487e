using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases;

/// <summary>
/// Opens the store a host names (a SQLite file, a PostgreSQL database): implemented by the storage adapters.
/// </summary>
public interface IStoreOpener
{
    /// <summary>
    /// Opens the store; creates it on first use unless <paramref name="mustExist"/>, when one not created yet
    /// is refused (<see cref="IsAbsent"/>) and nothing is created.
    /// </summary>
    IEventStore Open(bool mustExist);

    /// <summary>Whether a failure to open says only that the store does not exist yet.</summary>
    bool IsAbsent(Exception failure);

    /// <summary>A store's failure in words, for a message after the store's name.</summary>
    string Explain(Exception failure);
}
