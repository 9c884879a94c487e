using System.Text.Json;
using Mandates.Core.Problems;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.Dip;

/// <summary>
/// Reads DIP JSON as the public specification (DIP API 1.2) describes it: single documents (a Vorgang, a
/// Vorgangsposition, a Dokument) and list responses (<c>{numFound, cursor, documents: […]}</c>). Every file is
/// read whole before anything is taken from it; the first problem refuses them all, naming the file, the JSON
/// path, the value and what was expected.
/// </summary>
public static class DipReader
{
    /// <summary>Reads every file; a page of a list whose cursor an earlier page had is refused.</summary>
    public static DipRead Read(IReadOnlyList<DipFile> files)
    {
        var found = new DipDocuments();
        var cursors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var json = Parse(file);
            var root = new JsonPlace(file.Name, "$", json.RootElement)
                .Object($"a DIP document or a list response {{numFound, cursor, documents}}");
            if (root.Optional("documents") is not { } documents)
            {
                found.Read(root);
                continue;
            }
            root.Required("numFound", $"the number of documents found, e.g. 3")
                .Whole($"the number of documents found, a whole number, e.g. 3");
            var cursor = root.Required("cursor", $"the list's cursor, a text");
            var page = documents.Items($"an array of DIP documents").ToList();
            var said = cursor.Text($"the list's cursor, a text");
            // DIP's last page may repeat the cursor it was asked with (the sign that paging is over), but only
            // empty: a page with documents under a cursor seen before is a page saved twice, or paging that
            // went round in a circle, and its documents would be read twice.
            if (page.Count > 0 && cursors.TryGetValue(said, out var first))
                throw cursor.Not($"repeats the cursor of {first}", Join($"each page of a list its own cursor ",
                    $"(only the last, empty page repeats one): leave out the page saved twice"));
            cursors.TryAdd(said, root.Where);
            foreach (var document in page) found.Read(document);
        }
        return found.Done();
    }

    private static JsonDocument Parse(DipFile file)
    {
        var where = $"{file.Name}: $";
        if (file.Text.Trim().Length == 0)
            throw new ProblemException(Saying(where, "", Join($"the file is empty; expected a DIP document or ",
                $"a list response, e.g. {{\"numFound\": 1, \"cursor\": \"…\", \"documents\": [ … ]}}.")));
        try
        {
            return JsonDocument.Parse(file.Text);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            throw new ProblemException(Saying(where, null, Join($"not JSON{at}: ",
                $"{e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}; ",
                $"expected a DIP document or a list response as the DIP API sends it.")));
        }
    }
}
