using System.CommandLine;
using Mandates.Cli.Csv;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Reports;

namespace Mandates.Cli;

/// <summary>
/// `mandates report KFOR --on 2025-07-01 --out kfor.pdf`: the committee member's briefing (§ 6 ParlBG) as one HTML
/// file, or as PDF printed from it by the machine's Chromium. The file is written whole or not at all.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var on = new Option<string?>("--on")
        {
            Description = "The day the briefing speaks of (YYYY-MM-DD). Default: today.",
        };
        var output = new Option<string>("--out")
        {
            Description = "The new file to write: FILE.html (one self-contained page, printable on A4) or FILE.pdf "
                + "(printed by Chromium: $MANDATES_CHROMIUM, else /usr/bin/chromium).",
            Required = true,
        };
        var command = new Command("report", "The briefing a committee member reads (§ 6 ParlBG): the mandate in force "
            + "and its parameters with sources, the chain of mandates, decisions and votes, legal bases, deadlines, "
            + "strength against the ceiling, violations; as HTML or PDF.")
        {
            operation, on, output,
        };
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var (target, pdf) = Target(parsed.GetValue(output)!);
            // Found before anything is read: a machine that cannot print is said at once.
            var chromium = pdf ? ChromiumPdf.Find(Environment.GetEnvironmentVariable("MANDATES_CHROMIUM")) : null;
            var request = new BriefRequest(parsed.GetValue(operation)!, day);
            var brief = BriefOperation.Run(context.Session(parsed), request);
            var html = BriefingDocument.Html(brief, context.Today).GetAwaiter().GetResult();
            if (chromium is not null) ChromiumPdf.Print(chromium, html, target);
            else NewFile.Write("--out", target, writer => writer.Write(html));
            context.Error.WriteLine($"Wrote the briefing on {brief.Operation.Id} for {Core.Law.Days.Format(day)} "
                + $"to {target}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The file to write, and whether it is a PDF: a new file, named .html or .pdf, in a folder that exists.
    /// </summary>
    private static (string Path, bool Pdf) Target(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".html" or ".htm" or ".pdf"))
            throw new ProblemException(Problem.Expecting("out", path, $"is neither an HTML nor a PDF file",
                $"a file name ending in .html or .pdf", "kfor-briefing.pdf"));
        if (File.Exists(path) || Directory.Exists(path))
            throw new ProblemException(Problem.Expecting("out", path, $"exists already; it is not overwritten",
                $"the name of a new file", "kfor-briefing.pdf"));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder))
            throw new ProblemException(Problem.Expecting("out", path, $"is in a folder that does not exist",
                $"a file in an existing folder", "kfor-briefing.pdf"));
        return (path, extension == ".pdf");
    }
}
