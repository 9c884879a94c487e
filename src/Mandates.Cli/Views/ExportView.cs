using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>export's answer: where the files were written.</summary>
internal static class ExportView
{
    public static void Json(Output output, ExportResult export) =>
        output.Writer.WriteLine(Contract.Write(new ExportOutput(Contract.SchemaVersion, export.Folder,
            [.. export.Files.Select(f => f.Path)])));

    public static void Text(Output output, ExportResult export) =>
        output.Writer.WriteLine($"Wrote {export.Files.Count} files to {export.Folder}.");

    /// <summary>The note that the store's record does not load, so its files were written as the store holds.</summary>
    public static void DoesNotLoad(TextWriter error, ExportResult export, string target)
    {
        if (export.DoesNotLoad is { } problem)
            error.WriteLine($"note: {problem}{Environment.NewLine}The files were written as the store holds them: "
                + $"correct them, then `mandates import {target}`.");
    }
}
