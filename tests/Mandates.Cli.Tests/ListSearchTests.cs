using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>`list --search`: operations found by id, name, other names, lead and areas, case and accents
/// ignored.</summary>
public class ListSearchTests
{
    /// <summary>A test operation with a German name among its names (the record's `names`).</summary>
    private const string Lebanon = """
        id: UNIFIL
        name: Participation of armed German forces in UNIFIL (maritime task force)
        lead: UN
        names: ["Libanon", "Beteiligung an der Interimstruppe der Vereinten Nationen in Libanon"]
        source: webarchiv.bundestag.de/archive/2009/0508/aktuell/archiv/2006/libanon/index.html
        mandates:
          - id: UNIFIL-TEST
            procedure: regular
            source: Drucksache 16/2572
            vote: {date: 2006-09-20, result: adopted}
            end: open
            ceiling: 2400
            areas:
              - key: lebanese-waters
                title: Lebanese coastal waters in the eastern Mediterranean
        """;

    private static readonly Lazy<string> Folder = new(() => DataCommandTests.Folder(("unifil.yaml", Lebanon),
        ("kfor.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "operations", "kfor.yaml")))));

    private static string[] Found(params string[] search)
    {
        var run = Cli.Invoke(["list", "--on", "2025-07-01", "--json", "--data", Folder.Value, .. search]);
        Assert.Equal((0, ""), (run.Exit, run.Err));
        Schemas.Valid("list.schema.json", run.Out);
        return [.. JsonNode.Parse(run.Out)!["operations"]!.AsArray().Select(o => (string)o!["operation"]!)];
    }

    [Theory]
    [InlineData("libanon", "UNIFIL")]              // a German name from `names`, in lower case
    [InlineData("INTERIMSTRUPPE", "UNIFIL")]       // a word of it, in upper case
    [InlineData("unifil", "UNIFIL")]               // the id, in any case
    [InlineData("kosovo", "KFOR")]                 // the name and an area
    [InlineData("Kösovo", "KFOR")]                 // an accent the record does not have
    [InlineData("nato", "KFOR")]                   // the lead
    [InlineData("eastern mediterranean", "UNIFIL")] // an area's wording
    [InlineData("lebanese-waters", "UNIFIL")]       // an area's key
    [InlineData("armed german forces", "KFOR,UNIFIL")]
    [InlineData("afghanistan", "")]
    public void Search_finds_the_operations_whose_words_hold_the_text(string search, string found) =>
        Assert.Equal(found.Split(',', StringSplitOptions.RemoveEmptyEntries), Found("--search", search));

    [Fact]
    public void Without_a_search_every_operation_is_listed() => Assert.Equal(["KFOR", "UNIFIL"], Found());

    [Fact]
    public void A_search_that_finds_nothing_says_so()
    {
        var run = Cli.Invoke("list", "--on", "2025-07-01", "--search", "Atlantis");
        Assert.Equal((0, "No operation's id, name, other names, lead or areas hold 'Atlantis'."),
            (run.Exit, run.Out.Trim()));
    }

    [Theory]
    [InlineData("libanon", "UNIFIL")]
    [InlineData("Afghanistan", "ISAF")]
    [InlineData("mali", "MINUSMA")]
    public void The_bundled_record_is_found_by_the_words_users_search_for(string words, string found)
    {
        var run = Cli.Invoke("list", "--on", "2025-07-01", "--search", words, "--json");
        Assert.Equal(0, run.Exit);
        Assert.Contains($"\"{found}\"", run.Out);
    }

    [Fact]
    public void A_search_with_no_letter_or_digit_is_bad_input()
    {
        var run = Cli.Invoke("list", "--search", " - ");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--search: ' - ' has no letter or digit to search for; expected a word of an operation's id, "
            + "name, other names, lead or areas, e.g. kosovo.", run.Err);
    }

    [Theory]
    [InlineData("kfor")]
    [InlineData("Kfor")]
    [InlineData("KFOR")]
    public void Ids_are_taken_in_any_letter_case(string id)
    {
        var run = Cli.Invoke("check", id, "--on", "2025-07-01", "--add", "1");
        Assert.Equal(0, run.Exit);
        Assert.StartsWith("KFOR on 2025-07-01", run.Out);
    }

    [Fact]
    public void Names_are_written_back_by_export_and_a_name_given_twice_is_refused()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("mandates-names-").FullName, "out");
        var export = Cli.Invoke("export", target, "--data", Folder.Value);
        Assert.Equal(0, export.Exit);
        Assert.Contains("names: [\"Libanon\", \"Beteiligung an der Interimstruppe der Vereinten Nationen in Libanon\"]",
            File.ReadAllText(Path.Combine(target, "operations", "unifil.yaml")));
        var twice = DataCommandTests.Folder(("unifil.yaml", Lebanon.Replace("names: [\"Libanon\"", "names: [\"Libanon\", \"LIBANON\"")));
        var run = Cli.Invoke("data", "check", "--data", twice);
        Assert.Equal(2, run.Exit);
        Assert.Contains("operations/unifil.yaml:4:20: names[1]: 'LIBANON' is not valid; expected a name given once "
            + "(it is already given as 'Libanon', case and accents ignored)", run.Out);
    }
}
