using System.Globalization;

namespace Mandates.Core.Records;

/// <summary>
/// What a text may hold to be shown as it is: no control characters (which a terminal obeys), no
/// invisible formatting (a right-to-left override, a zero-width space) and no replacement character
/// (bytes that were not valid UTF-8). Record files and the values users type are held to it alike.
/// </summary>
public static class Visible
{
    /// <summary>Whether the character shows something: not white space, a control or invisible formatting.</summary>
    public static bool IsVisible(char c) => !char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

    /// <summary>What in the text would not be shown as it is, in words, or null if nothing. A <paramref name="layout"/> text (a record file's) may hold line breaks and tabs.</summary>
    public static string? Hidden(string text, bool layout)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\t' && layout) continue;
            if (char.IsControl(c)) return $"a line break or another control character (U+{(int)c:X4})";
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return $"a Unicode line or paragraph separator (U+{(int)c:X4})";
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return $"invisible formatting (U+{(int)c:X4}, such as a right-to-left override or a zero-width space)";
            if (c == '\uFFFD') return "a replacement character (U+FFFD): the text was not valid UTF-8";
        }
        return null;
    }
}
