using System.Diagnostics;
using Mandates.Core.Ledger;
using Xunit;

namespace Mandates.Storage.Tests;

/// <summary>
/// A child process appends in a loop and is killed with SIGKILL at random moments, fifty times; after
/// each kill every acknowledged append is there, no partial entry exists, and the chain verifies.
/// </summary>
public abstract class CrashContract(IDatabase database) : IDisposable
{
    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Every_acknowledged_append_survives_a_kill_at_a_random_moment()
    {
        using (database.Open()) { } // create the store before the first child races to
        var random = new Random(20251127);
        var acknowledged = new Dictionary<string, long>();
        for (var round = 0; round < 50; round++)
        {
            var child = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Mandates.Storage.CrashWriter.dll"), database.Location, $"r{round}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var reading = Task.Run(async () =>
            {
                while (await child.StandardOutput.ReadLineAsync() is { } line)
                    if (line.Split(' ') is ["ack", var position, var key])
                        lock (acknowledged) acknowledged[key] = long.Parse(position);
            });
            // Kill it once it has started writing, at a random moment after that.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!Acknowledged(acknowledged, round) && DateTime.UtcNow < deadline && !child.HasExited)
                await Task.Delay(5);
            if (child.HasExited) Assert.Fail($"the writer exited by itself: {await child.StandardError.ReadToEndAsync()}");
            await Task.Delay(random.Next(0, 60));
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup, no flush
            await child.WaitForExitAsync();
            await reading;

            using var store = database.Open();
            var entries = store.ReadAfter(0).ToList();
            var byKey = entries.ToDictionary(e => e.IdempotencyKey!, e => e.Position);
            lock (acknowledged)
                foreach (var (key, position) in acknowledged)
                    Assert.True(byKey.TryGetValue(key, out var found) && found == position, $"round {round}: acknowledged {key} at {position} is missing");
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Position));
            var verified = ChainVerification.Verify(entries);
            Assert.True(verified.Intact, verified.Why);
        }
        Assert.True(acknowledged.Count >= 50);
    }

    private static bool Acknowledged(Dictionary<string, long> acknowledged, int round)
    {
        lock (acknowledged) return acknowledged.Keys.Any(k => k.StartsWith($"r{round}-", StringComparison.Ordinal));
    }
}

public sealed class SqliteCrashContract() : CrashContract(new SqliteDatabase());

[Trait("Database", "PostgreSQL")]
public sealed class PostgresCrashContract() : CrashContract(new PostgresDatabase());
