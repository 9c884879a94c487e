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

    /// <summary>
    /// A value as a message echoes it: what a terminal would obey or hide (control characters, invisible
    /// formatting, line separators) written as \uXXXX, and cut after <paramref name="longest"/> characters
    /// (before a surrogate pair, not through it), saying how long it was.
    /// </summary>
    public static string Shown(string text, int longest = int.MaxValue)
    {
        var kept = text.Length <= longest ? text.Length : char.IsHighSurrogate(text[longest - 1]) ? longest - 1 : longest;
        var escaped = string.Concat(text.Take(kept).Select(c => char.IsControl(c) || IsHiddenFormatting(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return kept < text.Length ? $"{escaped}… ({text.Length:N0} characters)" : escaped;
    }

    private static bool IsHiddenFormatting(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>What in the text would not be shown as it is, in words, or null if nothing. A <paramref name="layout"/> text (a record file's) may hold line breaks and tabs.</summary>
    public static string? Hidden(string text, bool layout)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\t' && layout) continue;
            if (char.IsControl(c)) return $"a line break or another control character (U+{(int)c:X4})";
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) return $"a Unicode line or paragraph separator (U+{(int)c:X4})";
            if (category == UnicodeCategory.Format) return $"invisible formatting (U+{(int)c:X4}, such as a right-to-left override or a zero-width space)";
            if (c == '\uFFFD') return "a replacement character (U+FFFD): the text was not valid UTF-8";
        }
        return null;
    }
}
