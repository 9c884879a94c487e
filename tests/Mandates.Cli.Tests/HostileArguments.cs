using System.Text.RegularExpressions;

namespace Mandates.Cli.Tests;

/// <summary>
/// Seeded random argument vectors for every command the program has (read from its own --help, so a new
/// command or option is fuzzed without being listed here): each option given or not, with a value that is
/// right, nearly right or hostile; options repeated, unknown ones, stray words.
/// </summary>
internal static partial class HostileArguments
{
    /// <summary>
    /// A command (its words, e.g. ["record", "vote"]), whether it takes an argument, and its options.
    /// </summary>
    public sealed record Command(string[] Words, bool TakesArgument, string[] Options);

    /// <summary>
    /// Options a case never gives: the store is the test's (--db), and --version says nothing of input.
    /// </summary>
    private static readonly string[] NotFuzzed = ["--db", "--version"];

    public static readonly Lazy<IReadOnlyList<Command>> Commands = new(Discover);

    private static IReadOnlyList<Command> Discover()
    {
        var commands = new List<Command>();
        foreach (var name in Listed(Cli.Invoke("--help").Out))
        {
            var sub = Listed(Cli.Invoke(name, "--help").Out);
            foreach (var words in sub.Count == 0 ? [[name]] : sub.Select(s => new[] { name, s }))
            {
                var help = Cli.Invoke([.. words, "--help"]).Out;
                var usage = help[help.IndexOf("Usage:", StringComparison.Ordinal)..];
                var synopsis = usage[..usage.IndexOf('\n', usage.IndexOf("mandates", StringComparison.Ordinal))];
                var options = OptionLine().Matches(help).Select(m => m.Groups[1].Value);
                commands.Add(new Command(words, synopsis.Contains('<'),
                    [.. options.Where(o => !NotFuzzed.Contains(o)).Distinct()]));
            }
        }
        return commands;
    }

    /// <summary>The commands a help text lists under "Commands:".</summary>
    private static List<string> Listed(string help)
    {
        var at = help.IndexOf("Commands:", StringComparison.Ordinal);
        return at < 0 ? [] : [.. CommandLine().Matches(help[at..]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)\b", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"^  (?:-\?, -h, )?(--[a-z][a-z-]*)", RegexOptions.Multiline)]
    private static partial Regex OptionLine();

    /// <summary>Values a user might type, rightly or wrongly, and values no one should.</summary>
    private static readonly string[] Values =
    [
        "KFOR", "ASPIDES", "kfor", "NOWHERE", "2025-07-01", "2025-12-31", "2024-01-01", "2026-06-25", "open", "today",
        "reconnaissance", "hq-pristina", "kosovo", "P-4711", "P-1", "10", "1", "9", "50", "400", "401", "0",
        "rotation", "emergency", "transfer", "adopted", "rejected", "regular", "simplified", "extended", "terminated",
        "KFOR-2025", "KFOR-2026", "unscr-1244", "2025-07-01T09:00:00Z", "2025-07-01T09:00:00+02:00", "bash", "zsh",
        "task", "area",
        "Drucksache 21/230", "x", "", " ", "-1", "-", "--", "2025-13-45", "2025-02-29", "1899-12-31", "2200-01-01",
        "25-07-01", "2025-7-1", "99999999999999999999", "2147483648", "1e9", "0x1F", "NaN", "∞", "٣", "５", "1,000",
        "\0", "a\nb", "tab\there", "\u202etxt.exe", "\ud800", "😀", "'; DROP TABLE events; --", "../../etc/passwd",
        "/", "/dev/null", "/proc/self/environ", "%s%n", "{0}", "$(id)", "`id`", "@response.rsp", "--json", "-h",
        "P-4711 ", " KFOR", "kosovo\t", "null", "true", "[]", "{}", "K\u0301FOR", "\u00a0", new string('A', 10_000),
    ];

    /// <summary>An argument vector for case <paramref name="random"/> draws, without --db.</summary>
    public static string[] Next(Random random)
    {
        var commands = Commands.Value;
        var command = commands[random.Next(commands.Count)];
        var args = new List<string>(command.Words);
        if (command.TakesArgument && random.Next(6) > 0) args.Add(Value(random));
        foreach (var option in command.Options.Where(_ => random.Next(3) == 0))
        {
            if (option is "--help" && random.Next(4) > 0) continue;
            args.Add(option);
            if (random.Next(8) > 0) args.Add(Value(random));
            if (random.Next(12) == 0) args.AddRange([option, Value(random)]);
        }
        if (random.Next(8) == 0)
            args.Insert(random.Next(args.Count + 1), random.Next(2) == 0 ? "--frm" : Value(random));
        if (random.Next(10) == 0) args.RemoveAt(random.Next(args.Count));
        return [.. args];
    }

    private static string Value(Random random) => Values[random.Next(Values.Length)];
}
