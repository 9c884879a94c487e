using System.Collections.Concurrent;
using Mandates.Core.Access;
using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases.Users;

/// <summary>
/// The users of each store this process signs in to, folded once from the store's state and then caught up with
/// the entries committed since: each call reads the entries after the cached head (one query, usually returning only
/// the head itself), so a change another process or server committed is seen by the next sign-in, never later.
/// A store whose entry at the cached head is gone or has another hash (replaced, or rewritten) is folded afresh.
/// </summary>
/// <remarks>
/// A cached book is never changed once published: a catch-up folds into a copy, so concurrent sign-ins read
/// without a lock. Keyed by the store's description (its file, or its server and database).
/// </remarks>
internal static class SignInCache
{
    private sealed record Known(long Head, string HeadHash, UserBook Users);

    private static readonly ConcurrentDictionary<string, Known> Stores = new(StringComparer.Ordinal);

    /// <summary>The users of the session's store (which exists), as its ledger holds them now.</summary>
    public static UserBook Users(Session session)
    {
        var store = session.Store.ExistingStore();
        if (Stores.TryGetValue(store.Description, out var known) && CaughtUp(store, known) is { } current)
        {
            if (current != known) Stores.AddOrUpdate(store.Description, current, (_, had) => had.Head > current.Head ? had : current);
            return current.Users;
        }
        var state = session.Store.State(session.Caller);
        var folded = new Known(state.Head, state.HeadHash, state.Users.Copy());
        Stores[store.Description] = folded;
        return folded.Users;
    }

    /// <summary>
    /// The cache caught up with the entries after its head: itself if none came, a new one if some did, or null if the
    /// store no longer has the cached head's entry as it was.
    /// </summary>
    private static Known? CaughtUp(IEventStore store, Known known)
    {
        var (head, hash) = (known.Head, known.HeadHash);
        UserBook? users = null;
        var seenHead = known.Head == 0;
        foreach (var e in store.ReadAfter(Math.Max(0, known.Head - 1)))
        {
            if (!seenHead)
            {
                if (e.Position != known.Head || e.Hash != known.HeadHash) return null;
                seenHead = true;
                continue;
            }
            if (e.Type is UserEvents.Added or UserEvents.RoleChanged or UserEvents.Revoked)
                (users ??= known.Users.Copy()).Apply(e, null);
            (head, hash) = (e.Position, e.Hash);
        }
        if (!seenHead) return null;
        return head == known.Head ? known : new Known(head, hash, users ?? known.Users);
    }
}
