using System.Text.Json;
using Mandates.Core.Dip;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>A list of DIP documents to fetch, by the filters DIP's API offers.</summary>
/// <param name="Kind">vorgang, vorgangsposition or drucksache.</param>
/// <param name="Document">A Drucksache's or Plenarprotokoll's number (<c>f.dokumentnummer</c>), e.g. 21/230.</param>
/// <param name="Proceedings">A Vorgang's DIP id (<c>f.vorgang</c>); not for Drucksachen.</param>
/// <param name="Term">The electoral term (<c>f.wahlperiode</c>), e.g. 21.</param>
/// <param name="From">The earliest day of the documents (<c>f.datum.start</c>).</param>
/// <param name="To">The latest day (<c>f.datum.end</c>).</param>
public sealed record FetchDipRequest(string Kind, string? Document = null, string? Proceedings = null,
    int? Term = null, LocalDate? From = null, LocalDate? To = null);

/// <summary>The pages DIP sent, each a file <c>dip import</c> reads, and how many documents they hold.</summary>
public sealed record FetchDipResult(IReadOnlyList<DipFile> Pages, int Documents);

/// <summary>
/// Fetches every page of a DIP list: each request repeats every filter and adds the cursor of the answer before
/// it, until the cursor no longer changes (DIP's sign that all was sent). The last answer, repeating the
/// cursor, is not kept: it holds nothing new.
/// </summary>
public static class FetchDip
{
    /// <summary>More pages than any list this import asks for (100 documents each): a server going round.</summary>
    public const int MostPages = 1_000;

    private static readonly string[] Kinds = ["vorgang", "vorgangsposition", "drucksache"];

    public static FetchDipResult Run(IDipServer server, FetchDipRequest request)
    {
        var filters = Filters(request);
        var pages = new List<DipFile>();
        var documents = 0;
        string? cursor = null;
        for (var page = 1; page <= MostPages; page++)
        {
            List<KeyValuePair<string, string>> query = [.. filters];
            if (cursor is not null) query.Add(new("cursor", cursor));
            var text = server.Get(request.Kind, query);
            var (next, count) = Page(text, page);
            if (next == cursor) return new(pages, documents);
            pages.Add(new DipFile($"{request.Kind}-{page}.json", text));
            documents += count;
            cursor = next;
        }
        throw new ProblemException(General(Join($"DIP sent {MostPages:N0} pages of {request.Kind} with a new ",
            $"cursor each; expected the cursor to stop changing. Narrow the filters. Nothing was written.")));
    }

    /// <summary>The filters, checked, as DIP names them; every request repeats them all.</summary>
    private static List<KeyValuePair<string, string>> Filters(FetchDipRequest request)
    {
        if (!Kinds.Contains(request.Kind))
            throw new ProblemException(Expecting("kind", request.Kind, $"is not a list this command fetches",
                $"one of {string.Join(", ", Kinds)}", "vorgangsposition"));
        if (request is { Kind: "drucksache", Proceedings: { } id })
            throw new ProblemException(Saying("proceedings", id, Join($"DIP filters Drucksachen by no Vorgang; ",
                $"expected {Named("proceedings")} with vorgang or vorgangsposition only.")));
        if (request is { From: { } from, To: { } to } && to < from)
            throw new ProblemException(Saying("to", Days.Format(to), Join($"'{Days.Format(to)}' is before ",
                $"{Named("from")} ({Days.Format(from)}); expected a day on or after it.")));
        List<KeyValuePair<string, string>> filters = [new("format", "json")];
        if (request.Document is { } number) filters.Add(new("f.dokumentnummer", number));
        if (request.Proceedings is { } proceedings) filters.Add(new("f.vorgang", proceedings));
        if (request.Term is { } term) filters.Add(new("f.wahlperiode", term.ToString()));
        if (request.From is { } start) filters.Add(new("f.datum.start", Days.Format(start)));
        if (request.To is { } end) filters.Add(new("f.datum.end", Days.Format(end)));
        return filters;
    }

    /// <summary>An answer's cursor and how many documents it holds; an answer that is no list is refused.</summary>
    private static (string Cursor, int Documents) Page(string text, int page)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("cursor", out var cursor) && cursor.ValueKind == JsonValueKind.String
                && root.TryGetProperty("documents", out var documents) && documents.ValueKind == JsonValueKind.Array)
                return (cursor.GetString()!, documents.GetArrayLength());
        }
        catch (JsonException)
        {
            // Told below, as any answer that is no list.
        }
        throw new ProblemException(General(Join($"DIP's answer to request {page} is not a list response ",
            $"{{numFound, cursor, documents}}: '{Shown(text)}'. Nothing was written.")));
    }
}
