using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Access;
using Mandates.Core.UseCases.Users;

namespace Mandates.Cli;

/// <summary>`mandates users role olaf viewer`: gives an active user another role; their token stays.</summary>
internal static class UsersRoleCommand
{
    public static Command Create(CommandContext context)
    {
        var name = UsersCommand.Name("The active user's name.");
        var role = new Argument<string>("role") { Description = $"The new role: {UsersCommand.RoleWords}." };
        role.CompletionSources.Add([.. Roles.Words]);
        var command = new Command("role",
            "Give an active user another role (an admin does). Their token stays. Exit 0 changed, 1 not permitted, "
            + "2 bad input.") { name, role };
        command.Aliases.Add("change-role");
        command.SetAction(parsed =>
        {
            CommandContext.BeforeWriting(parsed, "users role");
            var result = ChangeUserRole.Run(context.Session(parsed),
                new ChangeUserRoleRequest(parsed.GetValue(name)!, parsed.GetValue(role)!));
            UsersView.Changed(context, parsed.GetValue(CliApp.JsonOption), result.Name,
                $"now {Roles.Word(result.Role)} (was {Roles.Word(result.Was)})", result.Entry,
                Core.Contracts.UserChangedOutput.Of(result));
            return ExitCodes.Ok;
        });
        return command;
    }
}
