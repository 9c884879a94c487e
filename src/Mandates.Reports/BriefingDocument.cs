using Mandates.Charts;
using Mandates.Core.UseCases;
using Mandates.Reports.Briefing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Mandates.Reports;

/// <summary>
/// The committee member's briefing (§ 6 ParlBG) as one self-contained HTML document: the Razor components of
/// Briefing/ rendered to a string by <see cref="HtmlRenderer"/>, with no server, for the command line and the web.
/// </summary>
public static class BriefingDocument
{
    private static readonly Lazy<string> Style = new(() =>
    {
        using var stream = typeof(BriefingDocument).Assembly.GetManifestResourceStream("Mandates.Reports.Briefing.css")
            ?? throw new InvalidOperationException("The briefing's style sheet is not embedded in Mandates.Reports.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The briefing's HTML.</summary>
    /// <param name="brief">What <see cref="BriefOperation"/> answered.</param>
    /// <param name="madeOn">The day the document is made (said on it: the record as known then).</param>
    public static async Task<string> Html(BriefResult brief, LocalDate madeOn)
    {
        // The chart module's drawing, the one the command line and the dashboard show, inline.
        var model = new BriefingModel(brief, madeOn, StrengthChart.Svg(brief.Chart, ChartSize.Strength));
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(BriefingPage.Model)] = model,
            [nameof(BriefingPage.Css)] = PageCss(model.Running) + Style.Value,
        });
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<BriefingPage>(parameters)).ToHtmlString());
    }

    /// <summary>
    /// The printed page: A4 with its margins, and in them the operation and day on every page (a running header)
    /// and the page number, as @page margin boxes that Chromium prints.
    /// </summary>
    private static string PageCss(string running) => $$"""
        @page {
          size: A4;
          margin: 20mm 15mm 18mm 15mm;
          @top-left { content: {{Words.CssString(running)}}; font: 8pt "DejaVu Sans", sans-serif; color: #4a5560; }
          @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans", sans-serif;
            color: #4a5560; }
        }

        """;
}
