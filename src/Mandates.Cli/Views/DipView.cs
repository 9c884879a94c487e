using System.CommandLine;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>`dip import`'s answer: each fact changed, from what to what and on which DIP document, or none.</summary>
internal static class DipView
{
    public static int Show(CommandContext context, ParseResult parsed, ImportDipResult result, int files)
    {
        var writer = context.Output.Writer;
        if (parsed.GetValue(CliApp.JsonOption))
        {
            writer.WriteLine(Contract.Write(DipImportOutput.Of(result, files, context.State(parsed))));
            return ExitCodes.Ok;
        }
        var read = $"{Plural(result.Read.Documents, "DIP document")} in {Plural(files, "file")}";
        if (result.Recorded is not { } recorded)
        {
            writer.WriteLine($"Nothing changed: the record already holds what the {read} give.");
        }
        else
        {
            foreach (var change in result.Changes)
                writer.WriteLine($"{change.Mandate} {change.Fact}: {change.Before ?? "none"} → {change.After}"
                    + $"{Environment.NewLine}  source: {change.Source}{Environment.NewLine}  from {change.Where}");
            writer.WriteLine($"Recorded {Plural(result.Changes.Count, "change")} from the {read} at ledger position "
                + $"{recorded.Positions[^1]} ({string.Join(", ", recorded.Files)}), superseding the earlier version.");
            ViolationsView.Warn(context.Error, "this import", recorded.ToursNowBreakTheLaw);
        }
        foreach (var skipped in result.Read.Skipped)
            context.Error.WriteLine($"note: {skipped.Where}: left out, {skipped.Reason}.");
        return ExitCodes.Ok;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
