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
            var read = named.Select(name => new DipFile(name, File.ReadAllText(name))).ToList();
            CommandContext.BeforeWriting(parsed, "dip import");
            var result = ImportDip.Run(context.Session(parsed), new ImportDipRequest(read));
            return DipView.Show(context, parsed, result, read.Count);
        });
        return command;
    }
}
