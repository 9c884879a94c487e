using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates list --on 2025-07-01`: every operation, whether it is authorised that day, its ceiling and its next
/// deadline.
/// </summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD). Default: today." };
        var search = new Option<string?>("--search")
        {
            Description = "Only the operations whose id, name, other names, lead or areas hold this text "
                + "(case and accents ignored).",
        };
        var command = new Command("list", "Every operation: its status on a day, its ceiling and its next deadline.")
        {
            on,
            search,
        };
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var listed = ListOperations.Run(context.Session(parsed), new ListRequest(day, parsed.GetValue(search)));
            if (parsed.GetValue(CliApp.JsonOption)) ListView.Json(context.Output, listed);
            else if (listed.Operations.Count == 0 && parsed.GetValue(search) is { } text)
                ListView.NoneFound(context.Output, text);
            else ListView.Text(context.Output, listed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
