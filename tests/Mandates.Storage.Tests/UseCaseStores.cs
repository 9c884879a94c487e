using Mandates.Core.UseCases;

namespace Mandates.Storage.Tests.UseCases;

/// <summary>
/// The stores a use-case contract's test makes, each a new database of its kind that exists already, empty
/// (as the in-memory store of the Core tests does), opened as a command would through <see cref="StoreOpener"/>;
/// dropped or deleted when the test ends.
/// </summary>
public sealed class UseCaseStores(Func<IDatabase> create) : IDisposable
{
    private readonly List<IDatabase> databases = [];

    /// <summary>A new, empty store that exists.</summary>
    public IStoreOpener New()
    {
        var database = create();
        databases.Add(database);
        var opener = new StoreOpener(database.Location);
        // Created here rather than by the first use case: the memory contract's store exists from the start too.
        opener.Open(mustExist: false).Dispose();
        return opener;
    }

    public void Dispose()
    {
        foreach (var database in databases) database.Dispose();
    }
}
