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
        var command = new Command("list", "Every operation: its status on a day, its ceiling and its next deadline.")
        {
            on,
        };
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var listed = ListOperations.Run(context.Session(parsed), new ListRequest(day));
            if (parsed.GetValue(CliApp.JsonOption)) ListView.Json(context.Output, listed);
            else ListView.Text(context.Output, listed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
