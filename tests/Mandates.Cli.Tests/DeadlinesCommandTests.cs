using System.Text;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using NodaTime;
using Xunit;
using Calendar = Ical.Net.Calendar;

namespace Mandates.Cli.Tests;

/// <summary>
/// deadlines: what falls due in a period as a table, JSON, CSV or an iCalendar feed a calendar subscribes to, read
/// back with Ical.Net's and CsvHelper's own readers.
/// </summary>
public class DeadlinesCommandTests() : LedgerTests("deadlines")
{
    private static readonly string[] Period = ["--from", "2025-01-01", "--to", "2026-12-31"];

    /// <summary>The deadlines of the JSON answer: operation, kind, mandate and day of each.</summary>
    private List<string> Deadlines(params string[] args)
    {
        var run = Run(["deadlines", .. args, "--json"]);
        Assert.Equal(0, run.Exit);
        Schemas.Valid("deadlines.schema.json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("deadlines").EnumerateArray().Select(d =>
        {
            var deadline = d.GetProperty("deadline");
            return $"{d.GetProperty("operation").GetString()} {deadline.GetProperty("kind").GetString()} "
                + $"{deadline.GetProperty("mandate").GetString()} {deadline.GetProperty("date").GetString()}";
        })];
    }

    [Fact]
    public void The_feed_has_every_deadline_of_the_period_once_and_keeps_its_uids_when_made_again()
    {
        var expected = Deadlines(Period);
        Assert.True(expected.Count >= 5, $"the period has few deadlines: {expected.Count}");
        var first = Run(["deadlines", .. Period, "--ics"]);
        Assert.Equal(0, first.Exit);
        var later = Instant.FromUtc(2025, 7, 8, 12, 30);
        var file = Path.Combine(folder, "deadlines.ics");
        var again = RunAt(later, ["deadlines", .. Period, "--ics", "--out", file]);
        Assert.Equal(0, again.Exit);
        Assert.Contains($"Wrote {expected.Count} deadlines (from 2025-01-01 to 2026-12-31) to {file}.", again.Out);

        var made = Calendar.Load(first.Out)!;
        var remade = Calendar.Load(File.ReadAllText(file))!;
        // Every deadline once: one event each, a UID each, the same UIDs when the feed is made again.
        Assert.Equal(expected.Count, made.Events.Count);
        Assert.Equal(expected.Count, made.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(made.Events, e => Assert.EndsWith("@mandates", e.Uid));
        Assert.Equal(made.Events.Select(e => e.Uid).Order(), remade.Events.Select(e => e.Uid).Order());
        // Stamped with the clock of each run, so the stamp changed and the UID did not.
        Assert.All(made.Events, e => Assert.Equal(Cli.Today.ToDateTimeUtc(), e.DtStamp!.AsUtc));
        Assert.All(remade.Events, e => Assert.Equal(later.ToDateTimeUtc(), e.DtStamp!.AsUtc));
        // All-day events on the deadline's day, in the order and with the operations of the JSON answer.
        var days = made.Events.OrderBy(e => e.DtStart!.Value).Select(e =>
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
            return e.DtStart.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(expected.Select(d => d.Split(' ')[^1]).Order(), days.Order());
        var kfor = Assert.Single(made.Events, e => e.Summary!.StartsWith(
            "KFOR: resubmission due 12 months after the vote of 2025-06-26", StringComparison.Ordinal));
        Assert.Contains("Legal basis: government undertaking of 2000-06-07", kfor.Description);
        Assert.Contains("Decision awaited: the government's motion to resubmit KFOR-2025", kfor.Description);
        Assert.Contains("Source of the mandate: https://www.bundesregierung.de/", kfor.Description);
        // A reminder a week before.
        var alarm = Assert.Single(kfor.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal(Ical.Net.DataTypes.Duration.FromDays(-7), alarm.Trigger!.Duration);
        Assert.Contains("TRIGGER:-P7D\r\n", first.Out);
        Assert.Equal(("PUBLISH", "GREGORIAN", "2.0"), (made.Method, made.Scale, made.Version));
        Assert.Contains("X-WR-CALNAME:Mandates: deadlines of the Bundestag's mandates\r\n", first.Out);
        Assert.Contains("PRODID:-//Mandates//", first.Out);
        Lines(Encoding.UTF8.GetBytes(first.Out));
        Lines(File.ReadAllBytes(file));
    }

    [Fact]
    public void A_german_name_with_umlauts_is_folded_between_characters_never_inside_one()
    {
        const string name = "Bundesministerium für Verteidigung, Pressemitteilung: Verlängerung der Beteiligung "
            + "bewaffneter deutscher Streitkräfte an der Sicherheitspräsenz in Kosovo; Größe, Übungen, Ärzte, "
            + "Ölversorgung, Grüße, Straßenbrücken, Übergänge, Ämter, Öffentlichkeit, Bürgerinnen und Bürger";
        var record = ExportedWithKfor("umlauts", kfor => kfor.Replace(
            "source: \"https://www.bundesregierung.de/breg-en/news/extension-kfor-2348986\"", $"source: \"{name}\""));
        var run = Run(["deadlines", "--data", record, "--operation", "KFOR", .. Period, "--ics"]);
        Assert.Equal(0, run.Exit);
        var bytes = Encoding.UTF8.GetBytes(run.Out);
        var lines = Lines(bytes);
        // Folded: more lines than the unfolded text, each a whole UTF-8 sequence; parsed back, the name is whole.
        Assert.Contains(lines, l => l.StartsWith(' ') && l.Any(c => "äöüßÄÖÜ".Contains(c)));
        var events = Calendar.Load(run.Out)!.Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains($"Source of the operation: {name}", e.Description));
    }

    /// <summary>
    /// Checks the raw feed, line by line: every line ends CRLF (no bare CR or LF), none is over 75 octets, and each is
    /// valid UTF-8 on its own (a fold never splits a character). Returns the lines, decoded.
    /// </summary>
    private static List<string> Lines(byte[] feed)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < feed.Length; i++)
        {
            if (feed[i] == '\n') Assert.Fail($"a bare LF at octet {i}");
            if (feed[i] != '\r') continue;
            Assert.True(i + 1 < feed.Length && feed[i + 1] == '\n', $"a CR without LF at octet {i}");
            var length = i - start;
            Assert.True(length <= 75, $"a line of {length} octets: {Encoding.UTF8.GetString(feed, start, length)}");
            lines.Add(strict.GetString(feed, start, length));
            start = i + 2;
            i++;
        }
        Assert.Equal(feed.Length, start);
        return lines;
    }

    [Fact]
    public void Csv_has_the_documented_columns_and_a_row_per_deadline_and_outstanding_note()
    {
        string[] period = ["--from", "2010-06-01", "--to", "2011-06-30"];
        var json = Run(["deadlines", .. period, "--json"]);
        using var parsed = JsonDocument.Parse(json.Out);
        var count = parsed.RootElement.GetProperty("deadlines").GetArrayLength();
        var outstanding = parsed.RootElement.GetProperty("outstanding").GetArrayLength();
        Assert.True(outstanding > 0);
        var csv = Run(["deadlines", .. period, "--csv"]);
        Assert.Equal(0, csv.Exit);
        var table = CsvRows.Read(csv.Out);
        Assert.Equal(["date", "operation", "kind", "what", "basis", "awaits", "legal_limit", "mandate", "outstanding"],
            table.Header);
        Assert.Equal(count + outstanding, table.Rows.Count);
        Assert.Equal(outstanding, table.Records.Count(r => r["outstanding"] == "true"));
        Assert.Contains(table.Records, r => r["operation"] == "KFOR" && r["kind"] == "resubmission-overdue"
            && r["date"] == "2010-05-28" && r["legal_limit"] == "false");
    }

    [Fact]
    public void The_table_says_what_falls_due_its_legal_basis_and_what_it_waits_for_over_90_days_by_default()
    {
        var run = Run("deadlines");
        Assert.Equal(0, run.Exit);
        Assert.Contains("0 deadlines from 2025-07-01 to 2025-09-29:", run.Out);
        run = Run("deadlines", "--from", "2025-06-01", "--to", "2025-12-31");
        // As many as the JSON answer of the same period lists: the count follows the record as it grows.
        var listed = Deadlines("--from", "2025-06-01", "--to", "2025-12-31").Count;
        Assert.True(listed > 0, "the record has deadlines in the second half of 2025");
        Assert.Contains($"{listed} deadlines from 2025-06-01 to 2025-12-31:", run.Out);
        foreach (var column in new[] { "Date", "Operation", "What falls due", "Legal basis", "Waits for" })
            Assert.Contains(column, run.Out);
        var one = Run("deadlines", "--from", "2025-06-01", "--to", "2025-06-30", "--operation", "kfor");
        Assert.Contains("KFOR-2025 (Drucksache 21/230)", one.Out);
        Assert.DoesNotContain("ALTHEA", one.Out);
    }

    [Theory]
    [InlineData("operation", "--operation", "NOPE")]
    [InlineData("--to", "--from", "2025-07-01", "--to", "2025-06-01")]
    [InlineData("--json and --csv", "--csv", "--json")]
    [InlineData("--csv and --ics", "--csv", "--ics")]
    [InlineData("--to", "--to", "2025-13-01")]
    public void Bad_input_is_exit_2_naming_it_and_writes_no_file(string named, params string[] args)
    {
        var file = Path.Combine(folder, "out.ics");
        var run = Run(["deadlines", .. args, "--out", file]);
        Assert.Equal(2, run.Exit);
        Assert.Contains(named, run.Err + run.Out);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        // Not even the store: bad input is refused before it is created.
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void An_existing_file_is_not_overwritten()
    {
        var file = Path.Combine(folder, "kept.csv");
        File.WriteAllText(file, "mine");
        var run = Run("deadlines", "--csv", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--out: '{file}' exists; expected a new file", run.Err);
        Assert.Equal("mine", File.ReadAllText(file));
    }
}
