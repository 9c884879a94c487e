using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Mandates.Storage;
using NodaTime;

namespace Mandates.Benchmarks;

/// <summary>
/// Signing in by token, as the web does on every request (goal: p99 ≤ 25 ms under load on 2 cores), on a SQLite
/// store of ~5,000 entries and 20 users: a new session per request (open the store, catch the cached users up with
/// the ledger, one salted SHA-256), beside two naive ways in the same process: folding the ledger's user entries
/// for every request, and a slow key derivation (PBKDF2-SHA256, 100,000 iterations) for every request.
/// </summary>
[MedianColumn]
[MaxColumn]
public class SignInBenchmarks
{
    private string folder = "";
    private string db = "";
    private string token = "";

    private Session Open(string user = "bench")
    {
        var caller = new Caller(SystemClock.Instance, () => user);
        var store = new StoreSession(new StoreOpener(db), IProgressDisplay.None, LedgerSnapshot.SaveAfter, _ => { });
        return new Session(caller, store, new LawSource(store, caller, RecordFolders.Instance, null, _ => { }));
    }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("mandates-signin-").FullName;
        db = Path.Combine(folder, "ledger.db");
        using (var session = Open())
        {
            GenerateHistory.Run(session, new GenerateRequest(Events: 5_000));
            session.Finish();
        }
        for (var i = 0; i < 20; i++)
        {
            // The first user is added by anyone (the store is open); the admin adds the others.
            using var session = Open(i == 0 ? "bench" : "user-0");
            var added = AddUser.Run(session, new AddUserRequest($"user-{i}", i == 0 ? "admin" : "operations"));
            if (i == 10) token = added.Token;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public bool SignIn_new_session_per_request()
    {
        using var session = Open();
        return SignIn.Run(session, new SignInRequest(token)).User is not null;
    }

    [Benchmark(Baseline = true)]
    public bool Naive_fold_users_per_request()
    {
        using var store = new SqliteEventStore(db);
        var users = new UserBook();
        foreach (var e in store.ReadAfter(0))
            if (UserEvents.Types.Contains(e.Type)) users.Apply(e, null);
        ApiTokens.TryParse(token, out var keyId, out var secret);
        return users.SignIn(keyId, secret) is not null;
    }

    [Benchmark]
    public byte[] Naive_slow_key_derivation_per_request() =>
        Rfc2898DeriveBytes.Pbkdf2(token, new byte[16], 100_000, HashAlgorithmName.SHA256, 32);
}
