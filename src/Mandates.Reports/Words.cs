using System.Globalization;
using System.Text;

namespace Mandates.Reports;

/// <summary>How the briefing writes numbers and missing values: in English, the same on every machine.</summary>
internal static class Words
{
    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(int? n) => n is { } value ? Number(value) : "–";

    public static string Euro(decimal amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " €";

    /// <summary>
    /// A text as a CSS string literal: every character but plain letters, digits, space and a few marks is written
    /// as a CSS escape, so nothing in an operation's name can end the string or the style element.
    /// </summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || " -:.,()".Contains((char)rune.Value)))
                css.Append((char)rune.Value);
            else css.Append(CultureInfo.InvariantCulture, $"\\{rune.Value:X} ");
        }
        return css.Append('"').ToString();
    }
}
