using System.Net.Http.Headers;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Mandates.Storage;
using Microsoft.AspNetCore.Builder;
using NodaTime;

namespace Mandates.Web.Tests;

/// <summary>
/// A real server for a test: `mandates serve`'s application on Kestrel at a free port of 127.0.0.1, on a real store
/// (a SQLite file of its own, or a PostgreSQL database), with one user of each role and their tokens.
/// </summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly WebApplication app;

    private Server(WebApplication app, string db, IReadOnlyDictionary<string, string> tokens) =>
        (this.app, Db, Tokens) = (app, db, tokens);

    /// <summary>The store (--db).</summary>
    public string Db { get; }

    /// <summary>Each user's token by name: viewer, operations, parliament, admin (each in the role of that name).</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; }

    /// <summary>The application's services (its routes, say).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The address the server listens on.</summary>
    public Uri Address => new(app.Urls.First());

    /// <summary>
    /// Starts a server on <paramref name="db"/>, adding the four users first unless <paramref name="tokens"/> names
    /// users added already (a second server on the same store).
    /// </summary>
    public static async Task<Server> Start(string db, bool anonymousReads = false,
        IReadOnlyDictionary<string, string>? tokens = null, ImportLimits? import = null)
    {
        tokens ??= AddUsers(db);
        var app = WebHost.Build(new ServeOptions(db, ["http://127.0.0.1:0"], anonymousReads)
        {
            Operator = "setup", Freshness = TimeSpan.FromMilliseconds(50), Import = import ?? new ImportLimits(),
        });
        await app.StartAsync();
        return new Server(app, db, tokens);
    }

    /// <summary>A client signed in as <paramref name="user"/> (a key of <see cref="Tokens"/>), or nobody for null.</summary>
    public HttpClient Client(string? user = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (user is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[user]);
        return client;
    }

    /// <summary>Adds an admin (the first user, bootstrapping the store's users), then one user of each other role.</summary>
    private static Dictionary<string, string> AddUsers(string db)
    {
        var tokens = new Dictionary<string, string>();
        tokens["admin"] = Add(db, "setup", "admin", "admin");
        foreach (var role in new[] { "viewer", "operations", "parliament" }) tokens[role] = Add(db, "admin", role, role);
        return tokens;
    }

    private static string Add(string db, string by, string name, string role)
    {
        var caller = new Caller(SystemClock.Instance, () => by);
        var store = new StoreSession(new StoreOpener(db), IProgressDisplay.None, 1000, _ => { });
        using var session = new Session(caller, store, new LawSource(store, caller, RecordFolders.Instance, null, _ => { }));
        var added = AddUser.Run(session, new AddUserRequest(name, role));
        session.Finish();
        return added.Token;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
