using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases.Users;

namespace Mandates.Cli;

/// <summary>`mandates users revoke olaf`: the user's token signs in no more, and they write no more.</summary>
internal static class UsersRevokeCommand
{
    public static Command Create(CommandContext context)
    {
        var name = UsersCommand.Name("The active user's name.");
        var command = new Command("revoke",
            "Revoke an active user (an admin does): their token signs in no more and they may not write; what they "
            + "wrote stays theirs. Exit 0 revoked, 1 not permitted, 2 bad input.") { name };
        command.SetAction(parsed =>
        {
            CommandContext.BeforeWriting(parsed, "users revoke");
            var result = RevokeUser.Run(context.Session(parsed), new RevokeUserRequest(parsed.GetValue(name)!));
            UsersView.Changed(context, parsed.GetValue(CliApp.JsonOption), result.Name, "revoked", result.Entry,
                Core.Contracts.UserChangedOutput.Of(result));
            return ExitCodes.Ok;
        });
        return command;
    }
}
