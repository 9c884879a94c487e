using Mandates.Core.Dip;

namespace Mandates.Core.Tests.Dip;

/// <summary>The DIP fixtures in tests/fixtures/dip, written by hand after DIP's public specification.</summary>
public static class DipFixtures
{
    private static readonly string Folder = Find();

    /// <summary>The fixture <paramref name="name"/> as a host reads it, named as a user would type it.</summary>
    public static DipFile File(string name) =>
        new($"dip/{name}", System.IO.File.ReadAllText(Path.Combine(Folder, name)));

    /// <summary>The fixture <paramref name="name"/>, <paramref name="from"/> replaced by <paramref name="to"/>.
    /// </summary>
    public static DipFile Changed(string name, string from, string to)
    {
        var file = File(name);
        if (!file.Text.Contains(from)) throw new ArgumentException($"'{from}' is not in {name}.", nameof(from));
        return file with { Text = file.Text.Replace(from, to) };
    }

    /// <summary>The fixture <paramref name="name"/> as <paramref name="edit"/> changed its JSON.</summary>
    public static DipFile Edited(string name, Action<System.Text.Json.Nodes.JsonNode> edit)
    {
        var file = File(name);
        var json = System.Text.Json.Nodes.JsonNode.Parse(file.Text)!;
        edit(json);
        return file with { Text = json.ToJsonString() };
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Mandates.slnx")))
                return Path.Combine(folder.FullName, "tests", "fixtures", "dip");
        throw new DirectoryNotFoundException("Mandates.slnx was not found above the test's folder.");
    }
}
