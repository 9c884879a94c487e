using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Access;
using Mandates.Core.UseCases.Users;

namespace Mandates.Cli;

/// <summary>`mandates users add alice --role admin`: adds a user and prints their token, this once.</summary>
internal static class UsersAddCommand
{
    public static Command Create(CommandContext context)
    {
        var name = UsersCommand.Name("The user's name, which their writes are recorded under, e.g. alice.");
        var role = new Option<string>("--role")
        {
            Description = $"What the user may do: {UsersCommand.RoleWords}.", Required = true,
        };
        Completions.Words(role, Roles.Words);
        var command = new Command("add",
            "Add a user with a role and print their token once (the store keeps only its salted hash). The first user "
            + "of a store may be added by anyone; then only an admin adds users. Exit 0 added, 1 not permitted, "
            + "2 bad input.") { name, role };
        command.SetAction(parsed =>
        {
            CommandContext.BeforeWriting(parsed, "users add");
            var result = AddUser.Run(context.Session(parsed),
                new AddUserRequest(parsed.GetValue(name)!, parsed.GetValue(role)!));
            UsersView.Added(context, parsed.GetValue(CliApp.JsonOption), result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
