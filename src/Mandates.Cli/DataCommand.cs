using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates data stats` and `mandates data check`: what the record holds and how much of it is verified, and
/// whether it holds together. Both read the record folder of --data, else the store's record, else (for a store
/// not created yet, which they do not create) the bundled record.
/// </summary>
internal static class DataCommand
{
    public static Command Create(CommandContext context) =>
        new("data", "About the record itself: how much it holds and how much is verified (stats), "
            + "and whether it holds together (check).")
        {
            Stats(context),
            Check(context),
        };

    private static Command Stats(CommandContext context)
    {
        var command = new Command("stats", "Operations, mandates and values of the record, and the share verified, "
            + "in all and per operation.");
        command.SetAction(parsed =>
        {
            var stats = RecordStats.Run(context.Session(parsed), new RecordStatsRequest());
            if (parsed.GetValue(CliApp.JsonOption)) DataView.Json(context.Output, stats);
            else DataView.Text(context.Output, stats);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Check(CommandContext context)
    {
        var command = new Command("check", "Check the record: every file loads, every unconfirmed value says why, "
            + "no two mandates of an operation claim the same day, no Drucksache serves two mandates, every mandate "
            + "begins while the legal acts it requires are in force. Exit code 0 clean, 2 problems.");
        command.SetAction(parsed =>
        {
            var checkedRecord = CheckRecord.Run(context.Session(parsed), new CheckRecordRequest());
            if (parsed.GetValue(CliApp.JsonOption)) DataView.Json(context.Output, checkedRecord);
            else DataView.Text(context.Output, checkedRecord);
            return checkedRecord.Clean ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
