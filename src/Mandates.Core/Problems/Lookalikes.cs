using System.Globalization;

namespace Mandates.Core.Problems;

/// <summary>
/// Letters of other scripts that look like Latin ones (Cyrillic К, Greek Ο, fullwidth Ｋ): a word typed or
/// pasted with one of them is not the id it looks like, and a message that echoed it unexplained would
/// show the user the very id they meant, refused.
/// </summary>
public static class Lookalikes
{
    private static readonly Dictionary<char, (char Latin, string Script)> Table = Build();

    /// <summary>
    /// Says which characters of <paramref name="text"/> only look like Latin letters, e.g. "its 1st character
    /// is the Cyrillic 'К' (U+041A), not the Latin 'K'"; null if none does.
    /// </summary>
    public static string? Explain(string text)
    {
        var found = text.Select((c, i) => (c, i)).Where(p => Table.ContainsKey(p.c)).Take(3).Select(p =>
        {
            var (latin, script) = Table[p.c];
            return $"its {Ordinal(p.i + 1)} character is the {script} '{p.c}' (U+{(int)p.c:X4}), "
                + $"not the Latin '{latin}'";
        }).ToList();
        return found.Count == 0 ? null : string.Join("; ", found);
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    private static Dictionary<char, (char, string)> Build()
    {
        var table = new Dictionary<char, (char, string)>();
        void Add(string script, string others, string latin)
        {
            for (var i = 0; i < others.Length; i++) table[others[i]] = (latin[i], script);
        }
        Add("Cyrillic", "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁԛԝ", "ABESIJKMHOPCTXYaeijopcxysdqw");
        Add("Greek", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧορνικ", "ABEZHIKMNOPTYXopvik");
        // Fullwidth forms: Ａ–Ｚ, ａ–ｚ, ０–９, and the hyphen-minus.
        for (var c = 'A'; c <= 'Z'; c++) table[(char)(c - 'A' + 0xFF21)] = (c, "fullwidth");
        for (var c = 'a'; c <= 'z'; c++) table[(char)(c - 'a' + 0xFF41)] = (c, "fullwidth");
        for (var c = '0'; c <= '9'; c++) table[(char)(c - '0' + 0xFF10)] = (c, "fullwidth");
        table['\uFF0D'] = ('-', "fullwidth");
        table['\u2010'] = ('-', "Unicode hyphen");
        table['\u2011'] = ('-', "non-breaking hyphen");
        table['\u2013'] = ('-', "en dash");
        table['\u2212'] = ('-', "minus sign");
        _ = CultureInfo.InvariantCulture;
        return table;
    }
}
