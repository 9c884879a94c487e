using UglyToad.PdfPig;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `mandates report --out FILE.pdf`: printed by the machine's real Chromium (scripts/test installs it), its text read
/// back by a PDF reader; without Chromium a message that says what to install, exit 3, and no file.
/// </summary>
public class ReportPdfTests() : StoreTests("report-pdf")
{
    private Cli.Run Report(string file, IReadOnlyDictionary<string, string>? environment = null) =>
        OwnProcess.Run(folder, environment ?? new Dictionary<string, string>(),
            "report", "KFOR", "--on", "2025-07-01", "--out", file, "--db", Db);

    [Fact]
    public void The_PDF_holds_the_Drucksache_of_the_mandate_in_force_and_the_header_on_every_page()
    {
        Assert.True(File.Exists("/usr/bin/chromium"),
            "Chromium is missing: scripts/test installs it (apt-get install chromium).");
        var file = Path.Combine(folder, "kfor.pdf");
        var run = Report(file);
        Assert.True(run.Exit == 0, run.Err + run.Out);
        using var pdf = PdfDocument.Open(file);
        var pages = pdf.GetPages().ToList();
        var text = string.Join("\n", pages.Select(p => Flat(p.Text)));
        Assert.Contains("21/230", text);
        Assert.Contains("391", text);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        // Page size A4 (595 × 842 points), and the running header on every page.
        Assert.All(pages, p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        Assert.All(pages, p => Assert.Contains(Flat("KFOR: briefing on 2025-07-01"), Flat(p.Text)));
        Assert.Empty(Directory.GetFiles(folder, "*.part"));
    }

    /// <summary>
    /// The text without its spaces (a PDF places words, and a reader may or may not find the gaps), and with the
    /// "fi" and "fl" ligatures a font may still draw written out.
    /// </summary>
    private static string Flat(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace("\uFB01", "fi").Replace("\uFB02", "fl");

    [Fact]
    public void Without_Chromium_the_message_says_what_to_install_and_no_file_is_written()
    {
        var file = Path.Combine(folder, "kfor.pdf");
        var run = Report(file, new Dictionary<string, string> { ["MANDATES_CHROMIUM"] = "/nonexistent/chromium" });
        Assert.Equal(3, run.Exit);
        Assert.Contains("error: no Chromium at /nonexistent/chromium (MANDATES_CHROMIUM) to print the PDF with; "
            + "install it (Debian: apt-get install chromium)", run.Err);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder, "*.part"));
    }
}
