using System.Buffers.Text;
using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;

namespace Mandates.Core.UseCases.Users;

/// <summary>"Add this user with this role, and give them a token."</summary>
/// <param name="Name">The user's name, which their writes are recorded under.</param>
/// <param name="Role">The role's word: viewer, operations, parliament or admin.</param>
public sealed record AddUserRequest(string Name, string Role);

/// <summary>The user added, and their token: shown this once, for the ledger keeps only its salted hash.</summary>
public sealed record AddUserResult(string Name, Role Role, string Token, LedgerEvent Entry);

/// <summary>
/// Adds a user as a ledger entry (<see cref="UserEvents.Added"/>). An admin adds users; the first user of a store
/// may be added by anyone (it has no users yet, so it is open), and from then on only active users write.
/// </summary>
public static class AddUser
{
    public static AddUserResult Run(Session session, AddUserRequest request)
    {
        var name = UserEntries.Name("name", request.Name);
        var role = UserEntries.Role("role", request.Role);
        var (token, keyId, salt, hash) = ApiTokens.New();
        var entry = UserEntries.Append(session, users =>
            users.Active(name) is { } already
                ? throw new ProblemException(Problem.Saying("name", name, Problem.Join(
                    $"'{Problem.Shown(name)}' is an active user already (added at ledger position {already.AddedAt}, ",
                    $"{Roles.Word(already.Role)}); expected a name no active user has."), $"a name no active user has"))
                : new UserEvents.AddedPayload(name, Roles.Word(role), keyId, Base64Url.EncodeToString(salt),
                    Base64Url.EncodeToString(hash)),
            UserEvents.Added);
        return new AddUserResult(name, role, token, entry);
    }
}
