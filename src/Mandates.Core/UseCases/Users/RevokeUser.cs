using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;

namespace Mandates.Core.UseCases.Users;

/// <summary>"Revoke this user": they can no longer sign in or write.</summary>
public sealed record RevokeUserRequest(string Name);

/// <summary>The user revoked (with the role they had), and the entry that revoked them.</summary>
public sealed record RevokeUserResult(string Name, Role Role, LedgerEvent Entry);

/// <summary>
/// Revokes an active user as a ledger entry (<see cref="UserEvents.Revoked"/>): their token signs in no more, and
/// what they wrote before stays theirs. The name may be added again later, with a new token.
/// </summary>
public static class RevokeUser
{
    public static RevokeUserResult Run(Session session, RevokeUserRequest request)
    {
        var name = UserEntries.Name("name", request.Name);
        _ = UserEntries.Active(session, "name", name);
        UserAccount? revoked = null;
        var entry = UserEntries.Append(session, users =>
        {
            var user = users.Active(name) ?? throw new ProblemException(UserEntries.NoActiveUser(users, "name", name));
            UserEntries.KeepAnAdmin(users, user, "name", $"revoking them");
            revoked = user;
            return new UserEvents.RevokedPayload(user.Name);
        }, UserEvents.Revoked);
        return new RevokeUserResult(revoked!.Name, revoked.Role, entry);
    }
}
