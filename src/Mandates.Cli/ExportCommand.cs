using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>`mandates export DIR`: writes the record back as YAML files; loading them gives the same record.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder to write the record into." };
        var command = new Command("export", "Write the record as YAML files (the format of docs/record-format.md) "
            + "into a new or empty folder; `export csv` writes the record month by month as CSV (a folder named csv: "
            + "`export ./csv`).") { folder };
        command.Subcommands.Add(ExportCsvCommand.Create(context));
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder)!;
            var export = ExportRecord.Run(context.Session(parsed), new ExportRequest(target));
            if (parsed.GetValue(CliApp.JsonOption)) ExportView.Json(context.Output, export);
            else ExportView.Text(context.Output, export);
            ExportView.DoesNotLoad(context.Error, export, target);
            return ExitCodes.Ok;
        });
        return command;
    }
}
