using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>show, list, export, and a record folder with problems.</summary>
public class RecordCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mandates-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Show_names_the_mandate_in_force_its_facts_and_the_chain()
    {
        var run = Cli.Invoke("show", "KFOR", "--on", "2025-07-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("KFOR-2025 (Drucksache 21/230)", run.Out);
        Assert.Contains("2025-05-21", run.Out);
        Assert.Contains("391 yes, 189 no, 2 abstentions", run.Out);
        Assert.Contains("open-ended", run.Out);
        Assert.Contains("Federal Minister of Defence", run.Out);
        Assert.Contains("8500", run.Out.Replace(",", ""));
    }

    [Fact]
    public void Show_json_lists_the_chain_oldest_first()
    {
        var run = Cli.Invoke("show", "KFOR", "--on", "2012-03-01", "--json");
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("KFOR-2011", json.RootElement.GetProperty("inForce").GetString());
        var chain = json.RootElement.GetProperty("chain").EnumerateArray().ToList();
        Assert.Equal("KFOR-1999", chain[0].GetProperty("id").GetString());
        Assert.Equal(8500, chain[0].GetProperty("ceiling").GetProperty("persons").GetInt32());
        Assert.Equal(400, chain[^1].GetProperty("ceiling").GetProperty("persons").GetInt32());
    }

    [Fact]
    public void List_gives_status_ceiling_and_next_deadline_for_every_operation()
    {
        var run = Cli.Invoke("list", "--on", "2025-07-01", "--json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var kfor = json.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("operation").GetString() == "KFOR");
        Assert.True(kfor.GetProperty("authorised").GetBoolean());
        Assert.Equal(400, kfor.GetProperty("ceiling").GetProperty("persons").GetInt32());
        Assert.Equal("current", kfor.GetProperty("phase").GetString());
        Assert.Equal("2026-06-26", kfor.GetProperty("nextDeadline").GetProperty("date").GetString());
        Assert.False(kfor.GetProperty("nextDeadline").GetProperty("legalLimit").GetBoolean());
    }

    /// <summary>ASPIDES as `list --json` gives it on the day.</summary>
    private static JsonElement Aspides(string day)
    {
        var run = Cli.Invoke("list", "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("operations").EnumerateArray()
            .Single(o => o.GetProperty("operation").GetString() == "ASPIDES").Clone();
    }

    /// <summary>
    /// A cell of `list`'s table as one line: the words of column <paramref name="column"/> (0 for the operation) in
    /// the row of <paramref name="operation"/>, joined across the lines the table wraps them on.
    /// </summary>
    private static string Cell(string table, string operation, int column)
    {
        var rows = table.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Split('│')[1..^1]).ToList();
        var first = rows.FindIndex(r => r[0].Trim() == operation);
        var lines = rows.Skip(first).TakeWhile((r, i) => i == 0 || r[0].Trim() == "").Select(r => r[column].Trim());
        return string.Join(" ", lines).Trim();
    }

    [Fact]
    public void List_says_an_authorisation_that_ended_has_ended_with_no_ceiling_or_deadline_as_if_current()
    {
        // ASPIDES-2025-10 authorised no later than 2026-10-31; the Council decision it rests on runs on to 2027.
        var aspides = Aspides("2026-12-07");
        Assert.Equal(("ended", "2026-10-31"),
            (aspides.GetProperty("phase").GetString(), aspides.GetProperty("endedOn").GetString()));
        Assert.Equal(JsonValueKind.Null, aspides.GetProperty("ceiling").ValueKind);
        Assert.Equal(JsonValueKind.Null, aspides.GetProperty("nextDeadline").ValueKind);
        var text = Cli.Invoke("list", "--on", "2026-12-07").Out;
        Assert.StartsWith("ended on 2026-10-31", Cell(text, "ASPIDES", 1));
        Assert.DoesNotContain("2027-02-28", text);
        Assert.DoesNotContain("350", text);
    }

    [Fact]
    public void List_says_an_operation_has_not_yet_begun_and_when_its_first_consent_began()
    {
        var aspides = Aspides("2010-06-01");
        Assert.Equal(("not-yet-begun", "2024-02-23"),
            (aspides.GetProperty("phase").GetString(), aspides.GetProperty("firstConsent").GetString()));
        var text = Cli.Invoke("list", "--on", "2010-06-01").Out;
        Assert.Equal("not yet begun (first consent on 2024-02-23)", Cell(text, "ASPIDES", 1));
        Assert.DoesNotContain("open-ended, no dated limit known", text);
    }

    [Fact]
    public void Export_writes_a_record_that_loads_and_answers_the_same()
    {
        var target = Path.Combine(folder, "export");
        var export = Cli.Invoke("export", target);
        Assert.Equal(0, export.Exit);
        Assert.True(File.Exists(Path.Combine(target, "operations", "kfor.yaml")));
        var original = Cli.Invoke("check", "KFOR", "--on", "2012-03-01", "--add", "50", "--json");
        var reloaded = Cli.Invoke("check", "KFOR", "--on", "2012-03-01", "--add", "50", "--json", "--data", target);
        Assert.Equal(original.Out, reloaded.Out);
    }

    [Fact]
    public void Export_refuses_a_folder_that_is_not_empty_and_writes_nothing()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        var run = Cli.Invoke("export", folder);
        Assert.Equal(2, run.Exit);
        Assert.Contains("is not a new or empty folder", run.Err);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_record_with_a_problem_is_refused_naming_file_line_and_field()
    {
        Assert.Equal(0, Cli.Invoke("export", folder).Exit);
        var kfor = Path.Combine(folder, "operations", "kfor.yaml");
        File.WriteAllText(kfor, File.ReadAllText(kfor).Replace("ceiling: 400", "ceiling: lots"));
        var run = Cli.Invoke("check", "KFOR", "--on", "2025-07-01", "--data", folder);
        Assert.Equal(2, run.Exit);
        Assert.Contains("nothing was loaded", run.Err);
        Assert.Matches(@"operations/kfor\.yaml:\d+:\d+: mandates\[\d+\]\.ceiling: 'lots' is not valid; expected the most soldiers at once", run.Err);
    }

    [Fact]
    public void A_missing_record_folder_is_named()
    {
        var run = Cli.Invoke("list", "--data", Path.Combine(folder, "nowhere"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("--data: the record folder", run.Err);
        Assert.Contains("does not exist", run.Err);
    }
}
