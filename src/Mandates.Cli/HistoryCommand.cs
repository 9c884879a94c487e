using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates history --tour 10`: every entry about one tour (its start, each end and correction), who
/// recorded it and when, and what it says; the ledger is never edited, so this is the tour's whole story.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CommandContext context)
    {
        var tour = new Option<string>("--tour")
        {
            Description = "The ledger position that started the tour (as `deploy` reported it, or `tours` lists it).",
            Required = true,
        };
        var command = new Command("history", "Every entry about one tour: its start, each end and correction (with "
            + "its reason), who recorded each and when.") { tour };
        command.SetAction(parsed =>
        {
            context.RefuseDataOption(parsed, "history",
                "tells a tour's story from the ledger, which no record folder is part of");
            var position = Arguments.Position("--tour", parsed.GetValue(tour)!);
            var result = ReadHistory.Run(context.Session(parsed), new HistoryRequest(position));
            if (parsed.GetValue(CliApp.JsonOption)) HistoryView.Json(context.Output, result);
            else HistoryView.Text(context.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
