using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases.Users;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>Users added, changed, revoked and listed, as the `users` commands show them.</summary>
internal static class UsersView
{
    /// <summary>The user added and their token, which is shown this once.</summary>
    public static void Added(CommandContext context, bool json, AddUserResult result)
    {
        if (json)
        {
            context.Output.Writer.WriteLine(Contract.Write(UserAddedOutput.Of(result)));
            return;
        }
        context.Output.Writer.WriteLine($"Added {result.Name} ({Roles.Word(result.Role)}) at ledger position "
            + $"{result.Entry.Position}, recorded by {result.Entry.RecordedBy}.");
        context.Output.Writer.WriteLine($"Token: {result.Token}");
        context.Error.WriteLine("note: the token is shown only this once (the store keeps only its salted hash); "
            + "give it to the user by a safe way, and revoke the user if it is lost.");
    }

    /// <summary>A role changed or a user revoked.</summary>
    public static void Changed(CommandContext context, bool json, string name, string what, LedgerEvent entry,
        UserChangedOutput output)
    {
        if (json) context.Output.Writer.WriteLine(Contract.Write(output));
        else
            context.Output.Writer.WriteLine($"{name} is {what}: ledger position {entry.Position}, recorded by "
                + $"{entry.RecordedBy}.");
    }

    /// <summary>Every user, with who added and revoked them, or JSON (<see cref="UsersOutput"/>).</summary>
    public static void List(CommandContext context, bool json, ListUsersResult result)
    {
        if (json)
        {
            context.Output.Writer.WriteLine(Contract.Write(UsersOutput.Of(result)));
            return;
        }
        if (!result.Closed)
        {
            context.Output.Writer.WriteLine("The store has no users: anyone who can open it may write. "
                + "Add the first with `mandates users add NAME --role admin`.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "User", "Role", "Added", "By", "Revoked", "By" }) table.AddColumn(h);
        foreach (var u in result.Users)
            table.AddRow(Markup.Escape(u.Name), u.Active ? Roles.Word(u.Role) : $"[grey]{Roles.Word(u.Role)}[/]",
                $"{UserOutput.Instant(u.AddedWhen)} (#{u.AddedAt})", Markup.Escape(u.AddedBy),
                u.RevokedWhen is { } w ? $"{UserOutput.Instant(w)} (#{u.RevokedAt})" : "—",
                Markup.Escape(u.RevokedBy ?? "—"));
        context.Output.Console.Write(table);
    }
}
