using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>
/// Reads an operation's <c>names</c>: other names users know it by (its German name, a short form), each a text,
/// none given twice (case and accents ignored, as a search compares them).
/// </summary>
internal static class OperationNames
{
    private const string Expected = "a list of other names of the operation, e.g. [\"Libanon\", \"UNIFIL maritime\"]";

    public static ValueList<string> Read(YamlFields f)
    {
        var names = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, node, field) in f.Words("names", Expected))
        {
            if (!text.Any(Visible.IsVisible))
                f.Error(node, field, text, "a name, not empty (leave out a name that has no text)");
            else if (Visible.Hidden(text, layout: false) is { } why)
                f.Error(node, field, text, $"a name without {why}");
            else if (text.Length > 500)
                f.Error(node, field, Visible.Shown(text, 60), "a name of at most 500 characters");
            else if (!seen.TryAdd(OperationSearch.Folded(text), text))
                f.Error(node, field, text, $"a name given once (it is already given as '{seen[OperationSearch.Folded(text)]}', "
                    + "case and accents ignored)");
            else names.Add(text);
        }
        return names.ToValueList();
    }
}
