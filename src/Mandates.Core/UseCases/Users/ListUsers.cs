using Mandates.Core.Access;

namespace Mandates.Core.UseCases.Users;

/// <summary>"Who are the store's users?"</summary>
public sealed record ListUsersRequest;

/// <summary>Every user ever added, oldest first, and every change of who may write; never a token or its hash.</summary>
/// <param name="Users">Every user added (a name added again after its revocation is listed twice).</param>
/// <param name="Changes">Every addition, change of role and revocation, oldest first.</param>
/// <param name="Store">The store, as messages name it.</param>
public sealed record ListUsersResult(IReadOnlyList<UserAccount> Users, IReadOnlyList<UserChange> Changes, string Store)
{
    /// <summary>Whether only active users may write (any user was ever added); if not, the store is open.</summary>
    public bool Closed => Users.Count > 0;
}

/// <summary>Lists the store's users as its ledger holds them. A store not created yet has none (and is not created).</summary>
public static class ListUsers
{
    public static ListUsersResult Run(Session session, ListUsersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!session.Store.Exists()) return new ListUsersResult([], [], session.Store.Description);
        var users = session.Store.State(session.Caller).Users;
        return new ListUsersResult([.. users.Accounts], [.. users.Changes], session.Store.Description);
    }
}
