using System.Globalization;
using System.Text;

namespace Mandates.Core.Law;

/// <summary>
/// Finds operations by what users type: a word of their id, name, other names (<see cref="Operation.Names"/>),
/// lead organisation, or the key or wording of an area any of their mandates lists. Case, accents and
/// punctuation are ignored: "libanon" and "LIBANON" find the same, "eutm mali" finds EUTM-MALI, "sudan" finds
/// "Südsudan".
/// </summary>
public static class OperationSearch
{
    /// <summary>Whether <paramref name="operation"/> matches <paramref name="text"/>, a non-blank search
    /// text.</summary>
    public static bool Matches(Operation operation, string text)
    {
        var wanted = Folded(text);
        if (wanted.Length == 0) return false;
        return Texts(operation).Any(t => Folded(t).Contains(wanted, StringComparison.Ordinal));
    }

    /// <summary>Every text of the operation a search looks through.</summary>
    public static IEnumerable<string> Texts(Operation operation) =>
        new[] { operation.Id.Value, operation.Name, operation.Lead }
            .Concat(operation.Names)
            .Concat(operation.Mandates.SelectMany(m => m.Areas).SelectMany(a => new[] { a.Key, a.Title }));

    /// <summary>
    /// A text as a search compares it: lower case, accents removed (é is e, ß is ss), and every run of
    /// characters that are neither letters nor digits one space, trimmed.
    /// </summary>
    public static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                // A combining accent written apart from its letter belongs to the letter: no word break.
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) space = true;
                continue;
            }
            if (space && folded.Length > 0) folded.Append(' ');
            space = false;
            if (Unaccented.TryGetValue(c, out var plain)) folded.Append(plain);
            else folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    // The program runs with invariant globalization, where string.Normalize does not take letters apart: the Latin
    // letters with accents are listed here (from Unicode's decompositions), with those that have none (ß, æ, ø, ł).
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨ"
        + "ĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛ"
        + "ǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";

    private const string Plain =
        "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhi"
        + "iiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuu"
        + "uaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    private static readonly Dictionary<char, string> Unaccented = Accented.Zip(Plain)
        .Select(p => (p.First, p.Second.ToString()))
        .Concat([('ß', "ss"), ('ẞ', "ss"), ('æ', "ae"), ('Æ', "ae"), ('œ', "oe"), ('Œ', "oe"), ('ø', "o"), ('Ø', "o"),
            ('ł', "l"), ('Ł', "l"), ('đ', "d"), ('Đ', "d"), ('ı', "i")])
        .ToDictionary(p => p.Item1, p => p.Item2);
}
