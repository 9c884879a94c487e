using NodaTime;

namespace Mandates.Web;

/// <summary>
/// How the web host is started (`mandates serve`): the store, where it listens, and whether reads are open to
/// anyone.
/// </summary>
/// <param name="Db">The store as --db names it (a SQLite file or a postgres:// address); null for $MANDATES_DB,
/// else mandates.db in the working folder.</param>
/// <param name="Urls">Where to listen; the loopback address only (<see cref="DefaultUrl"/>) unless given.</param>
/// <param name="AllowAnonymousReads">Whether a read needs no signed-in user (a public portal of the record);
/// every write still needs its role.</param>
public sealed record ServeOptions(string? Db, IReadOnlyList<string> Urls, bool AllowAnonymousReads = false)
{
    /// <summary>Where the server listens unless told: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The clock writes are recorded by; the system's but in tests.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>How long a read may go without looking for entries another process appended.</summary>
    public TimeSpan Freshness { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Who fills a new store with the bundled record (the operator starting the server).</summary>
    public string Operator { get; init; } = Environment.UserName;

    /// <summary>How large an import may be (<c>POST /api/import</c>).</summary>
    public ImportLimits Import { get; init; } = new();
}
