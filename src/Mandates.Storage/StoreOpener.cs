using Mandates.Core.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Storage;

/// <summary>
/// Opens the store a user names (see <see cref="EventStores.Open"/>): a SQLite file, or a postgres:// address.
/// </summary>
/// <param name="location">The location as given (--db), or null for $MANDATES_DB or the default file.</param>
/// <param name="warn">Where a warning goes (a SQLite store other accounts may read); null to say nothing.</param>
public sealed class StoreOpener(string? location, Action<string>? warn = null) : IStoreOpener
{
    public IEventStore Open(bool mustExist) => EventStores.Open(location, mustExist, warn);

    public bool IsAbsent(Exception failure) => failure is StoreException { DoesNotExist: true };

    public string Explain(Exception failure) =>
        failure is System.Data.Common.DbException db ? EventStores.Failure(db) : failure.Message.TrimEnd('.');
}
