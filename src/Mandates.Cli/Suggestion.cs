using System.CommandLine;

namespace Mandates.Cli;

/// <summary>The command a mistyped one most likely meant, as git suggests one.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The nearest command to the first word typed, if that word is no command and one is near enough to be meant.
    /// </summary>
    public static string? For(RootCommand root, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        var typed = args[0].ToLowerInvariant();
        var names = root.Subcommands.Select(c => c.Name).ToList();
        if (names.Contains(typed)) return null;
        var (name, distance) = names.Select(n => (n, Distance(typed, n))).MinBy(p => p.Item2);
        return distance <= Math.Max(2, typed.Length / 3) ? name : null;
    }

    /// <summary>
    /// The Levenshtein distance: letters inserted, removed or replaced to turn one word into the other.
    /// </summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var (diagonal, row0) = (row[0], i);
            row[0] = row0;
            for (var j = 1; j <= b.Length; j++)
            {
                var next = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                (diagonal, row[j]) = (row[j], next);
            }
        }
        return row[b.Length];
    }
}
