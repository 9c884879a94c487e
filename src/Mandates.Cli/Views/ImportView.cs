using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>import's answer: the files recorded, and the tours the imported record leaves breaking the law.</summary>
internal static class ImportView
{
    public static void Json(Output output, ImportResult import) =>
        output.Writer.WriteLine(Contract.Write(new ImportOutput(Contract.SchemaVersion, import.Appended.Count,
            import.Files - import.Appended.Count, import.Paths,
            [.. import.Broken.Violations.Select(v => ViolationOutput.Of(v, import.State))])));

    public static void Text(Output output, TextWriter error, ImportResult import)
    {
        var (appended, files) = (import.Appended, import.Files);
        var kept = import.Kept.Count == 0 ? "" : $" The store's record also holds {string.Join(", ", import.Kept)}, "
            + "which the folder lacks, as it was: import never removes a file.";
        if (appended.Count == 0)
        {
            output.Writer.WriteLine($"Nothing changed: the store already holds these {files} files as they are.{kept}");
            return;
        }
        var at = appended.Count == 1 ? $"position {appended[0].Position}"
            : $"positions {appended[0].Position} to {appended[^1].Position}";
        output.Writer.WriteLine($"Recorded {appended.Count} changed file{(appended.Count == 1 ? "" : "s")} at {at} "
            + $"({string.Join(", ", import.Paths)}); {files - appended.Count} unchanged.{kept}");
        ViolationsView.Warn(error, "the imported record", import.Broken.Violations);
    }

    /// <summary>
    /// Said aloud, as on any first use, before the answer: a mistyped store location silently starts a ledger of
    /// its own. Where the law cannot tell whether tours break it, a note says so.
    /// </summary>
    public static void Notes(TextWriter error, ImportResult import, string folder, string store)
    {
        ViolationsView.CannotTell(error, import.Broken);
        if (import.NewStore)
            error.WriteLine($"note: {store} was a new store; it now holds the record from '{folder}' "
                + $"(positions 1 to {import.Appended[^1].Position}). If you meant an existing store, check --db.");
    }
}
