using System.CommandLine;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates dip fetch vorgangsposition --document 21/230 --out dip/`: every page of a DIP list, saved as files
/// for `dip import` to read (and a person to look at first). The API key comes from MANDATES_DIP_API_KEY.
/// </summary>
internal static class DipFetchCommand
{
    public static Command Create(CommandContext context)
    {
        var kind = new Argument<string>("kind") { Description = "The list: vorgang, vorgangsposition or drucksache." };
        var document = new Option<string?>("--document")
        {
            Description = "A Drucksache's or Plenarprotokoll's number, e.g. 21/230 (DIP's f.dokumentnummer).",
        };
        var proceedings = new Option<string?>("--proceedings")
        {
            Description = "A Vorgang's DIP id, e.g. 318223 (f.vorgang); not for drucksache.",
        };
        var term = new Option<string?>("--term") { Description = "The electoral term, e.g. 21 (f.wahlperiode)." };
        var from = new Option<string?>("--from")
        {
            Description = "The earliest day of the documents (f.datum.start).",
        };
        var to = new Option<string?>("--to") { Description = "The latest day of the documents (f.datum.end)." };
        var output = new Option<string>("--out")
        {
            Description = "The folder the pages are saved in, as KIND-1.json, KIND-2.json, …", Required = true,
        };
        var command = new Command("fetch", "Fetch every page of a DIP list (the API key from MANDATES_DIP_API_KEY) "
            + "into files that `dip import` reads. Each request repeats every filter; paging stops when the cursor "
            + "no longer changes.")
        {
            kind, document, proceedings, term, from, to, output,
        };
        kind.CompletionSources.Add(["vorgang", "vorgangsposition", "drucksache"]);
        command.SetAction(parsed =>
        {
            string? Text(Option<string?> option, string expected) =>
                parsed.GetValue(option) is { } text ? Arguments.Text(option.Name, text, expected, 100) : null;
            var request = new FetchDipRequest(parsed.GetValue(kind)!,
                Text(document, "a document number, e.g. 21/230"), Text(proceedings, "a DIP id, e.g. 318223"),
                parsed.GetValue(term) is { } t ? Arguments.Count("--term", t, 21) : null,
                parsed.GetValue(from) is { } f ? Arguments.Date("--from", f) : null,
                parsed.GetValue(to) is { } u ? Arguments.Date("--to", u) : null);
            var folder = parsed.GetValue(output)!;
            using var server = HttpDipServer.FromEnvironment();
            var fetched = FetchDip.Run(server, request);
            // All pages or none: a page is saved only once every page came, and never over a file already there.
            var paths = fetched.Pages.Select(p => Path.Combine(folder, p.Name)).ToList();
            if (paths.FirstOrDefault(File.Exists) is { } there)
                throw new BadInputException($"--out: '{there}' is there already; expected a folder without "
                    + $"{request.Kind}-N.json files, so that no page is overwritten. Nothing was written.");
            Directory.CreateDirectory(folder);
            foreach (var (page, path) in fetched.Pages.Zip(paths)) File.WriteAllText(path, page.Text);
            context.Output.Writer.WriteLine(fetched.Pages.Count == 0
                ? $"DIP sent no {request.Kind} for these filters; nothing was saved."
                : $"Saved {fetched.Documents} documents in {fetched.Pages.Count} page(s): {string.Join(", ", paths)}."
                    + $"{Environment.NewLine}Look at them, then: mandates dip import {string.Join(" ", paths)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
