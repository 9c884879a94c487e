using System.CommandLine;
using Mandates.Core.Records;

namespace Mandates.Cli;

/// <summary>`mandates export DIR`: writes the record back as YAML files; loading them gives the same record.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder to write the record into." };
        var command = new Command("export", "Write the record as YAML files (the format of docs/record-format.md) into a new or empty folder.") { folder };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder)!;
            if (target.Trim().Length == 0)
                throw new BadInputException("folder: an empty path; expected a new or empty folder to write into, e.g. exported-record/. Nothing was written.");
            // A line break in a folder's name is almost always a pasting slip, and a folder so named is hard to see, type or remove.
            if (target.Any(char.IsControl))
                throw new BadInputException($"folder: '{Visible.Shown(target, 200)}' holds a line break or another control character; expected a new or empty folder to write into, e.g. exported-record/. Nothing was written.");
            if (File.Exists(target) || Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                throw new BadInputException($"folder: '{target}' is not a new or empty folder; expected a path to write into, e.g. exported-record/. Nothing was written.");
            IReadOnlyList<RecordFile> files;
            string? doesNotLoad = null;
            try
            {
                files = RecordWriter.Write(context.Record(parsed));
            }
            catch (Core.Problems.ProblemException e) when (CommandContext.DataFolder(parsed) is null && context.StoredFiles(parsed) is { Count: > 0 } stored)
            {
                // A record the store holds that no longer loads (recorded before a rule it breaks, say) is repaired by
                // export, edit and import: so its files are written as the store holds them.
                (files, doesNotLoad) = (stored, e.Problem.ToString());
            }
            // Write into a sibling folder first and move it into place, so an interrupted export leaves nothing half-written.
            var full = Path.GetFullPath(target);
            var staging = full.TrimEnd(Path.DirectorySeparatorChar) + ".partial-" + Guid.NewGuid().ToString("N")[..8];
            try
            {
                foreach (var file in files)
                {
                    var path = Path.Combine(staging, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, file.Text);
                }
                if (Directory.Exists(full)) Directory.Delete(full);
                Directory.Move(staging, full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
                throw new BadInputException($"folder: '{target}' cannot be written ({e.Message}); expected a writable path. Nothing was written.");
            }
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteString("folder", full);
                    j.WriteStartArray("files");
                    foreach (var file in files) j.WriteStringValue(file.Path);
                    j.WriteEndArray();
                    j.WriteEndObject();
                });
            else
                context.Output.Writer.WriteLine($"Wrote {files.Count} files to {full}.");
            if (doesNotLoad is not null)
                context.Error.WriteLine($"note: {doesNotLoad}{Environment.NewLine}The files were written as the store holds them: correct them, then `mandates import {target}`.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
