using Mandates.Core.Tests.UseCases;
using Mandates.Core.UseCases;

namespace Mandates.Storage.Tests;

/// <summary>The check use case's contract (written in the Core tests) on a real SQLite file.</summary>
public sealed class SqliteCheckDeploymentTests : CheckDeploymentContract
{
    protected override (IStoreOpener, Func<bool>) NewStore()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mandates-usecase-").FullName, "mandates.db");
        return (new StoreOpener(path), () => File.Exists(path));
    }
}

/// <summary>The check use case's contract on the PostgreSQL server scripts/test starts, in a database of its own.</summary>
public sealed class PostgresCheckDeploymentTests : CheckDeploymentContract, IDisposable
{
    private readonly PostgresDatabase database = new();

    protected override (IStoreOpener, Func<bool>) NewStore()
    {
        var opener = new StoreOpener(database.Location);
        return (opener, () => !opener.IsAbsentNow());
    }

    public void Dispose() => database.Dispose();
}

internal static class StoreOpenerChecks
{
    /// <summary>Whether the store is still absent (a database without a ledger), as a command that must find one would see.</summary>
    public static bool IsAbsentNow(this StoreOpener opener)
    {
        try
        {
            opener.Open(mustExist: true).Dispose();
            return false;
        }
        catch (StoreException e) when (e.DoesNotExist)
        {
            return true;
        }
    }
}
