using System.Collections.Concurrent;

namespace Mandates.Web.Dashboard;

/// <summary>
/// The sign-in form's lockout: after <see cref="Limit"/> failures within <see cref="Window"/>, for one name or from
/// one address, further attempts are refused until the window has passed. Kept in memory, per server process: a
/// restart forgets it, and a second server counts its own (the tokens are 256-bit secrets, so the lockout guards
/// against noise and a leaked name list, not against guessing a secret).
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int Limit = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new();

    public SignInThrottle() : this(TimeProvider.System) { }

    /// <summary>Whether the name or the address has failed too often lately.</summary>
    public bool LockedOut(string name, string address) => Recent("name:" + name) >= Limit
        || Recent("address:" + address) >= Limit;

    /// <summary>Counts a failed attempt against both the name and the address.</summary>
    public void Failed(string name, string address)
    {
        foreach (var key in new[] { "name:" + name, "address:" + address })
        {
            var queue = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue) queue.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>Forgets the name's failures once it signed in.</summary>
    public void Succeeded(string name) => failures.TryRemove("name:" + name, out _);

    private int Recent(string key)
    {
        if (!failures.TryGetValue(key, out var queue)) return 0;
        lock (queue)
        {
            var since = time.GetUtcNow() - Window;
            while (queue.Count > 0 && queue.Peek() < since) queue.Dequeue();
            return queue.Count;
        }
    }
}
