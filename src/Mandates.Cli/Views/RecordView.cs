using System.CommandLine;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>A decision recorded, as every `record …` command shows it.</summary>
internal static class RecordView
{
    /// <summary>
    /// The result as JSON (<see cref="RecordOutput"/>), or in words with a warning on stderr naming the tours it
    /// leaves breaking the law. A decision recorded exits 0 either way: the tours are for those who deploy to end.
    /// </summary>
    public static int Show(CommandContext context, ParseResult parsed, RecordResult result)
    {
        if (parsed.GetValue(CliApp.JsonOption))
        {
            context.Output.Writer.WriteLine(Contract.Write(RecordOutput.Of(result, context.State(parsed))));
            return ExitCodes.Ok;
        }
        var what = result.Note is null ? result.Recorded : $"{result.Recorded} ({result.Note})";
        context.Output.Writer.WriteLine(result.Entries.Count == 0
            ? $"Nothing changed: the record already holds the {what}."
            : $"Recorded the {what} at ledger position {result.Positions[^1]} ({string.Join(", ", result.Files)}), "
                + "superseding the earlier version.");
        ViolationsView.Warn(context.Error, "this decision", result.ToursNowBreakTheLaw);
        return ExitCodes.Ok;
    }
}
