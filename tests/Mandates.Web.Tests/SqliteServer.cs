using Xunit;

namespace Mandates.Web.Tests;

/// <summary>A server on a SQLite file of its own, shared by the tests of a class.</summary>
public sealed class SqliteServer : IAsyncLifetime
{
    private readonly SqliteFile file = new();

    internal Server Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await Server.Start(file.Path);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        file.Dispose();
    }
}
