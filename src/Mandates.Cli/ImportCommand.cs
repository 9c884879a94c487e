using System.CommandLine;
using Mandates.Core.Ledger;

namespace Mandates.Cli;

/// <summary>`mandates import data/`: brings the store's record up to a record folder; a changed fact is a new entry that supersedes the old one.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A record folder: legal-acts/, operations/, sitting-calendar.yaml." };
        var command = new Command("import", "Load a record folder into the store. Only changed files are recorded, each as a new entry superseding the old; importing the same record again changes nothing. A record with any problem is refused whole.")
        {
            folder,
        };
        command.SetAction(parsed =>
        {
            CommandContext.RefuseDataOption(parsed, "import", "brings the store's record up to the folder it is given");
            var (_, files) = CommandContext.LoadFolder(parsed.GetValue(folder)!, "folder");
            var appended = context.ImportRecord(parsed, files);
            var paths = appended.Select(e => LedgerPayload.Read<RecordEvents.FilePayload>(e).Path).ToList();
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteNumber("changed", appended.Count);
                    j.WriteNumber("unchanged", files.Count - appended.Count);
                    j.WriteStartArray("files");
                    foreach (var p in paths) j.WriteStringValue(p);
                    j.WriteEndArray();
                    j.WriteEndObject();
                });
            else if (appended.Count == 0)
                context.Output.Writer.WriteLine($"Nothing changed: the store already holds these {files.Count} files as they are.");
            else
                context.Output.Writer.WriteLine($"Recorded {appended.Count} changed file{(appended.Count == 1 ? "" : "s")} at positions {appended[0].Position} to {appended[^1].Position} ({string.Join(", ", paths)}); {files.Count - appended.Count} unchanged.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
