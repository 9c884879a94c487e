using System.CommandLine;
using Mandates.Core.Access;

namespace Mandates.Cli;

/// <summary>
/// `mandates users add|list|role|revoke`: who may write, as entries of the ledger. Each is a command of its own over a
/// use case of its own.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CommandContext context) =>
        new("users", "Add, list, change and revoke the store's users: each change is a ledger entry. Once a store has "
            + "users, only an active user whose role may do it writes "
            + "(--user names them; the web's token proves them).")
        {
            UsersAddCommand.Create(context),
            UsersListCommand.Create(context),
            UsersRoleCommand.Create(context),
            UsersRevokeCommand.Create(context),
        };

    /// <summary>The user's name, as a command's argument.</summary>
    public static Argument<string> Name(string description) => new("name") { Description = description };

    /// <summary>The roles, in words, for a description.</summary>
    public static string RoleWords => string.Join(", ", Roles.Words);
}
