using System.CommandLine;
using Mandates.Core.Ledger;
using Mandates.Core.Records;

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
            context.RefuseDataOption(parsed, "import", "brings the store's record up to the folder it is given");
            CommandContext.User(parsed);
            var named = parsed.GetValue(folder)!;
            var (imported, files) = CommandContext.LoadFolder(named, "folder");
            // Import never removes a file: the law the store holds after it is its files with the folder's laid
            // over them, and that must hold together too (a renamed operation would otherwise sit beside its old file).
            var state = context.State(parsed);
            var storedFiles = context.StoredFiles(parsed);
            var kept = storedFiles.Select(f => f.Path).Except(files.Select(f => f.Path)).Order(StringComparer.Ordinal).ToList();
            var merged = kept.Count == 0 ? null : RecordLoader.Load([.. storedFiles.Where(f => kept.Contains(f.Path)), .. files]);
            if (merged is { Succeeded: false })
                throw new BadInputException($"importing '{named}' would leave the store's record unable to load, for the store keeps {string.Join(", ", kept)}, which the folder lacks "
                    + $"(import never removes a file); nothing was written:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", merged.Errors));
            var after = merged?.Record ?? imported;
            // Compared with the record the store holds, if any and if it loads (a new store is not filled with the
            // bundled one first; and an import is how a record that no longer loads is repaired).
            var stored = RecordLoader.Load(storedFiles).Record;
            CommandContext.RefuseNewTies(stored, after, $"importing '{named}'");
            IReadOnlyList<LedgerEvent> appended;
            try
            {
                appended = context.ImportRecord(parsed, files, basedOn: state.RecordChangedAt);
            }
            catch (LawChangedException changed)
            {
                throw new BadInputException($"the store's record changed while '{named}' was checked against it (at ledger position {changed.Now}); nothing was written. Run the command again.");
            }
            var keptNote = kept.Count == 0 ? "" : $" The store's record also holds {string.Join(", ", kept)}, which the folder lacks, as it was: import never removes a file.";
            var paths = appended.Select(e => LedgerPayload.Read<RecordEvents.FilePayload>(e).Path).ToList();
            var broken = appended.Count == 0 ? [] : AuditCommand.BroughtBy(context, stored, after, state);
            // Said aloud, as on any first use: a mistyped --db silently starts a ledger of its own.
            if (appended.Count > 0 && appended[0].Position == 1)
                context.Error.WriteLine($"note: {context.StoreDescription} was a new store; it now holds the record from '{named}' (positions 1 to {appended[^1].Position}). If you meant an existing store, check --db.");
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteNumber("changed", appended.Count);
                    j.WriteNumber("unchanged", files.Count - appended.Count);
                    j.WriteStartArray("files");
                    foreach (var p in paths) j.WriteStringValue(p);
                    j.WriteEndArray();
                    j.WriteStartArray("toursNowBreakTheLaw");
                    foreach (var v in broken) AuditCommand.Write(j, v, state);
                    j.WriteEndArray();
                    j.WriteEndObject();
                });
            else if (appended.Count == 0)
                context.Output.Writer.WriteLine($"Nothing changed: the store already holds these {files.Count} files as they are.{keptNote}");
            else
            {
                context.Output.Writer.WriteLine($"Recorded {appended.Count} changed file{(appended.Count == 1 ? "" : "s")} at {(appended.Count == 1 ? $"position {appended[0].Position}" : $"positions {appended[0].Position} to {appended[^1].Position}")} ({string.Join(", ", paths)}); {files.Count - appended.Count} unchanged.{keptNote}");
                AuditCommand.Warn(context, "the imported record", broken);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
