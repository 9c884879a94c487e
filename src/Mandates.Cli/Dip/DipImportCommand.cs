using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Dip;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates dip import vorgang.json drucksachen.json …`: reads DIP JSON (single documents and list responses)
/// and records the motions' distribution days and the plenary decisions it gives, matched to mandates by their
/// Drucksache number; all files or nothing.
/// </summary>
internal static class DipImportCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "DIP JSON files: a Vorgang, Vorgangspositionen, Drucksachen, or list responses of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Record the distribution days of motions and the plenary decisions DIP "
            + "documents, each matched to the mandate whose Drucksache the record holds, with the DIP document as "
            + "its source. A new entry supersedes the changed record file; a file with any problem writes nothing.")
        {
            files,
        };
        command.SetAction(parsed =>
        {
            var named = parsed.GetValue(files)!;
            // Every file is read before the store is opened: a file that cannot be read writes nothing.
            var read = named.Select(Read).ToList();
            CommandContext.BeforeWriting(parsed, "dip import");
            var result = ImportDip.Run(context.Session(parsed), new ImportDipRequest(read));
            return DipView.Show(context, parsed, result, read.Count);
        });
        return command;
    }

    /// <summary>A DIP file as named on the command line; a folder or a file that cannot be read is bad input.</summary>
    private static DipFile Read(string name)
    {
        const string expected = "expected a DIP JSON file, e.g. dip/vorgangsposition-1.json";
        if (Directory.Exists(name)) throw new BadInputException($"file: '{name}' is a folder; {expected}.");
        try
        {
            return new DipFile(name, File.ReadAllText(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(
                $"file: '{name}' cannot be read ({e.Message}); {expected}. Nothing was written.");
        }
    }
}
