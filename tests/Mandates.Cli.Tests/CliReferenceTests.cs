using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// docs/cli.md is kept in step with --help: every option a command's help lists is named in that command's
/// section of the reference (`## `check``; the kinds of `record` share `## `record``), and the options every
/// command takes in the section on shared options. A command or option added without its documentation fails
/// here, and the message lists exactly what is missing, per command.
/// </summary>
public partial class CliReferenceTests
{
    private static readonly string Reference = Path.Combine(Repository.Root, "docs", "cli.md");

    /// <summary>Options of every command, documented once in the section on shared options, not per command.</summary>
    private static readonly string[] Shared = ["--data", "--db", "--user", "--json"];

    private const string SharedSection = "Shared options";

    [Fact]
    public void Every_option_that_help_lists_is_named_in_its_commands_section_of_docs_cli_md()
    {
        var sections = Sections(File.ReadAllText(Reference));
        var missing = new List<string>();
        foreach (var (command, options) in Commands())
        {
            var heading = $"`{command.Split(' ')[0]}`";
            if (!sections.TryGetValue(heading, out var text))
            {
                missing.Add($"  {command}: no section \"## {heading}\"" + (options.Count > 0 ? $"; its options: {string.Join(", ", options)}" : ""));
                continue;
            }
            var absent = options.Where(option => !Names(text, option)).ToList();
            if (absent.Count > 0) missing.Add($"  {command} (section \"## {heading}\"): {string.Join(", ", absent)}");
        }
        Assert.True(missing.Count == 0,
            $"docs/cli.md does not name what --help lists; add each option to its command's section:{Environment.NewLine}"
            + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void The_options_every_command_takes_are_named_in_the_section_on_shared_options()
    {
        var root = Listed(Help());
        Assert.Equal(Shared.Order(), root.Where(o => o != "--version").Order());
        Assert.True(Sections(File.ReadAllText(Reference)).TryGetValue(SharedSection, out var text), $"docs/cli.md has no section \"## {SharedSection}\".");
        Assert.DoesNotContain(Shared, option => !Names(text, option));
    }

    /// <summary>The test reads what it means to: the commands and options of today's help, not an empty list.</summary>
    [Fact]
    public void The_help_is_read_as_it_is_printed()
    {
        var commands = Commands();
        Assert.Contains("check", commands.Keys);
        Assert.Contains("record motion", commands.Keys);
        Assert.Contains("completion", commands.Keys);
        Assert.DoesNotContain("record", commands.Keys);
        Assert.Contains("--add", commands["check"]);
        Assert.Contains("--source", commands["record vote"]);
        Assert.DoesNotContain("--help", commands["check"]);
        Assert.DoesNotContain("--db", commands["check"]);
        Assert.True(Names("The old name `--until` stays accepted.", "--until"));
        Assert.False(Names("`--no-such` and --nothing", "--no"));
    }

    /// <summary>Every command of the root command, and of a command that has commands of its own ("record motion"), with the options its help lists.</summary>
    private static Dictionary<string, List<string>> Commands()
    {
        var commands = new Dictionary<string, List<string>>();
        foreach (var name in Block(Help(), "Commands:").Select(FirstWord))
        {
            var help = Help(name);
            var subcommands = Block(help, "Commands:").Select(FirstWord).ToList();
            if (subcommands.Count == 0) commands[name] = Options(help);
            foreach (var sub in subcommands) commands[$"{name} {sub}"] = Options(Help(name, sub));
        }
        return commands;
    }

    private static string Help(params string[] command)
    {
        var run = Cli.Invoke([.. command, "--help"]);
        Assert.True(run.Exit == 0, $"`mandates {string.Join(' ', command)} --help` exited {run.Exit}: {run.Err}");
        return run.Out;
    }

    /// <summary>The options the help lists (a line "  --task &lt;task&gt;  The task…", or "  -?, -h, --help …"), but for help itself and the shared ones.</summary>
    private static List<string> Options(string help) => [.. Listed(help).Where(name => !Shared.Contains(name))];

    /// <summary>Every option the help lists, but for help itself.</summary>
    private static List<string> Listed(string help) =>
        [.. Block(help, "Options:")
            .Select(line => OptionLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["name"].Value)
            .Where(name => name is not "--help")];

    /// <summary>The entries of a block of the help ("Options:", "Commands:"): its lines indented by two spaces, up to the first blank line.</summary>
    private static IEnumerable<string> Block(string help, string title)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, title);
        if (start < 0) yield break;
        foreach (var line in lines.Skip(start + 1).TakeWhile(line => line.Trim().Length > 0))
            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal)) yield return line;
    }

    private static string FirstWord(string line) => line.Trim().Split(' ')[0];

    /// <summary>The sections of docs/cli.md by heading (`## `check`` gives "`check`"), each up to the next heading of its level.</summary>
    private static Dictionary<string, string> Sections(string markdown)
    {
        var sections = new Dictionary<string, string>();
        string? heading = null;
        var text = new List<string>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n').Append("## "))
        {
            if (!line.StartsWith("## ", StringComparison.Ordinal)) { text.Add(line); continue; }
            if (heading is not null) sections[heading] = string.Join("\n", text);
            heading = line[3..].Trim();
            text.Clear();
        }
        return sections;
    }

    /// <summary>Whether the text names the option as a whole word: `--no` is not named by `--no-such`.</summary>
    private static bool Names(string text, string option) =>
        Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(option)}(?![\w-])");

    [GeneratedRegex(@"^  (?:-\S+, )*(?<name>--[A-Za-z0-9][\w-]*)")]
    private static partial Regex OptionLine();
}
