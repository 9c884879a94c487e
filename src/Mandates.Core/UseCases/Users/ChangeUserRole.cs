using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;

namespace Mandates.Core.UseCases.Users;

/// <summary>"Give this user another role."</summary>
public sealed record ChangeUserRoleRequest(string Name, string Role);

/// <summary>The user's role before and after, and the entry that changed it.</summary>
public sealed record ChangeUserRoleResult(string Name, Role Role, Role Was, LedgerEvent Entry);

/// <summary>Changes an active user's role as a ledger entry (<see cref="UserEvents.RoleChanged"/>); their token stays.</summary>
public static class ChangeUserRole
{
    public static ChangeUserRoleResult Run(Session session, ChangeUserRoleRequest request)
    {
        var name = UserEntries.Name("name", request.Name);
        var role = UserEntries.Role("role", request.Role);
        _ = UserEntries.Active(session, "name", name);
        Role was = default;
        string spelt = name;
        var entry = UserEntries.Append(session, users =>
        {
            // Decided again on the ledger as it stands inside the write: another admin may have changed it meanwhile.
            var user = users.Active(name) ?? throw new ProblemException(UserEntries.NoActiveUser(users, "name", name));
            if (user.Role == role)
                throw new ProblemException(Problem.Saying("role", request.Role,
                    $"'{Problem.Shown(user.Name)}' is {Roles.Word(role)} already; expected another role."));
            UserEntries.KeepAnAdmin(users, user, "name", $"making them {Roles.Word(role)}");
            (was, spelt) = (user.Role, user.Name);
            return new UserEvents.RoleChangedPayload(user.Name, Roles.Word(role), Roles.Word(user.Role));
        }, UserEvents.RoleChanged);
        return new ChangeUserRoleResult(spelt, role, was, entry);
    }
}
