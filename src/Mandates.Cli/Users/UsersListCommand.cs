using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases.Users;

namespace Mandates.Cli;

/// <summary>`mandates users list`: every user, their role, who added and revoked them, when.</summary>
internal static class UsersListCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("list",
            "Every user of the store: name, role, added when and by whom, revoked when and by whom (never a token).");
        command.SetAction(parsed =>
        {
            context.RefuseDataOption(parsed, "users list", "reads no law");
            var result = ListUsers.Run(context.Session(parsed), new ListUsersRequest());
            UsersView.List(context, parsed.GetValue(CliApp.JsonOption), result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
