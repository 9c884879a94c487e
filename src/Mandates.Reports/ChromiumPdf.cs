using System.Diagnostics;
using System.Text;

namespace Mandates.Reports;

/// <summary>
/// Prints an HTML document to PDF with the machine's Chromium, headless (`--print-to-pdf`): the page's own print CSS
/// (A4, margins, running header) lays it out, without the browser's header and footer. Nothing is left half-written:
/// the PDF is made in a temporary folder and moved to its place only once it is whole.
/// </summary>
public static class ChromiumPdf
{
    /// <summary>Where Debian's package (<c>apt-get install chromium</c>) puts it.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>How long printing may take: Chromium starts in a few seconds even on a busy machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Chromium to print with: the one configured (a path), else <see cref="DefaultPath"/>.</summary>
    /// <exception cref="PrintingException">No such program: said with what to install or set.</exception>
    public static string Find(string? configured)
    {
        var path = string.IsNullOrEmpty(configured) ? DefaultPath : configured;
        if (File.Exists(path)) return path;
        throw new PrintingException(
            (string.IsNullOrEmpty(configured) ? $"no Chromium at {DefaultPath} to print the PDF with"
                : $"no Chromium at {configured} (MANDATES_CHROMIUM) to print the PDF with")
            + "; install it (Debian: apt-get install chromium) or set MANDATES_CHROMIUM to its path, "
            + "or write --out FILE.html and print that.");
    }

    /// <summary>
    /// Prints <paramref name="html"/> to a new file <paramref name="pdf"/> (which must not exist): whole, or not at
    /// all.
    /// </summary>
    /// <exception cref="PrintingException">Chromium failed, timed out or made no PDF; nothing was written.</exception>
    public static void Print(string chromium, string html, string pdf)
    {
        var work = Directory.CreateTempSubdirectory("mandates-report-");
        try
        {
            var page = Path.Combine(work.FullName, "briefing.html");
            var printed = Path.Combine(work.FullName, "briefing.pdf");
            File.WriteAllText(page, html, new UTF8Encoding(false));
            Run(chromium, work.FullName, page, printed);
            if (!File.Exists(printed) || !StartsLikeAPdf(printed))
                throw new PrintingException($"{chromium} ended without printing a PDF. Nothing was written.");
            Place(printed, pdf);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* A temporary folder left behind harms nothing. */ }
        }
    }

    private static void Run(string chromium, string work, string page, string printed)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // As TOOLCHAIN.md found them to work here (as root, without a display, no network): a profile of its own so
        // that a running browser is not asked to print instead.
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work, "profile")}",
                     $"--print-to-pdf={printed}", new Uri(page).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)
            ?? throw new PrintingException($"{chromium} could not be started. Nothing was written.");
        var said = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (said) if (e.Data is { } line) said.AppendLine(line); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new PrintingException(
                $"{chromium} did not print the PDF within {Timeout.TotalSeconds:0} s. Nothing was written.");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            string last;
            lock (said) last = string.Join(" | ", said.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries
                | StringSplitOptions.TrimEntries).TakeLast(3));
            throw new PrintingException(
                $"{chromium} failed (exit {process.ExitCode}) printing the PDF: {last} Nothing was written.");
        }
    }

    /// <summary>
    /// Moves the whole PDF to its place: a copy beside it, renamed, so a reader never sees half a file.
    /// </summary>
    private static void Place(string printed, string pdf)
    {
        var full = Path.GetFullPath(pdf);
        var partial = ReportFile.Partial(full);
        File.Copy(printed, partial);
        try { File.Move(partial, full, overwrite: false); }
        finally { File.Delete(partial); }
    }

    private static bool StartsLikeAPdf(string file)
    {
        Span<byte> head = stackalloc byte[5];
        using var stream = File.OpenRead(file);
        return stream.Read(head) == 5 && head.SequenceEqual("%PDF-"u8);
    }
}

/// <summary>
/// The machine could not print: no Chromium, or it failed or timed out. Not the user's input; nothing was written.
/// </summary>
public sealed class PrintingException(string message) : Exception(message);
