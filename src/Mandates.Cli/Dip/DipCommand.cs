using System.CommandLine;

namespace Mandates.Cli;

/// <summary>
/// `mandates dip import FILE…`: the Bundestag's documentation system (DIP), as a source of the record's motions
/// and plenary decisions.
/// </summary>
internal static class DipCommand
{
    public static Command Create(CommandContext context) =>
        new("dip", "Bring motions and plenary decisions from DIP, the Bundestag's documentation system, into the "
            + "record.")
        {
            DipImportCommand.Create(context),
            DipFetchCommand.Create(context),
        };
}
