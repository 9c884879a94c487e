using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// Core speaks the domain's words, never a host's: a command-line flag written in Core would reach a JSON
/// body's caller as "--until" where the field is "until". Each host names fields itself.
/// </summary>
public partial class HostNeutralTests
{
    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*(?<![\\w-])--[a-z][a-z-]*(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringWithAFlag();

    [Fact]
    public void No_string_in_Core_names_a_command_line_flag()
    {
        var core = Path.Combine(Root(), "src", "Mandates.Core");
        var found = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && StringWithAFlag().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(core, l.f)}:{l.i + 1}: {l.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Flags written in Core:\n" + string.Join("\n", found));
    }

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Mandates.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("Mandates.slnx was not found above the test's folder.");
    }
}
