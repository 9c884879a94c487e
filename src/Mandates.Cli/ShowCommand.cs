using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates show KFOR --on 2025-07-01`: the mandate in force that day, every fact with its source, and the whole
/// chain.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD). Default: today." };
        var command = new Command("show",
            "The mandate in force on a day, its facts and sources, and the operation's chain of mandates.")
        {
            operation, on,
        };
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var shown = ShowOperation.Run(context.Session(parsed), new ShowRequest(parsed.GetValue(operation)!, day));
            if (parsed.GetValue(CliApp.JsonOption)) ShowView.Json(context.Output, shown);
            else ShowView.Text(context.Output, shown);
            return ExitCodes.Ok;
        });
        return command;
    }
}
