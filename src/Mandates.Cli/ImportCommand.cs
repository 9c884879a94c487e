using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates import data/`: brings the store's record up to a record folder; a changed fact is a new entry that
/// supersedes the old one.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("folder")
        {
            Description = "A record folder: legal-acts/, operations/, sitting-calendar.yaml.",
        };
        var command = new Command("import", "Load a record folder into the store. Only changed files are recorded, "
            + "each as a new entry superseding the old; importing the same record again changes nothing. A record "
            + "with any problem is refused whole.")
        {
            folder,
        };
        command.SetAction(parsed =>
        {
            context.RefuseDataOption(parsed, "import", "brings the store's record up to the folder it is given");
            var named = parsed.GetValue(folder)!;
            var import = ImportRecord.Run(context.Session(parsed), new ImportRequest(named));
            ImportView.Notes(context.Error, import, named, context.StoreDescription);
            if (parsed.GetValue(CliApp.JsonOption)) ImportView.Json(context.Output, import);
            else ImportView.Text(context.Output, context.Error, import);
            return ExitCodes.Ok;
        });
        return command;
    }
}
