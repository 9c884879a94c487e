using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// scripts/verify-ledger.py, the check without the program (docs/ledger-format.md), on bad input: it answers as
/// `mandates verify` does (a clear message, exit 2, nothing written; never a traceback, and never exit 1, which
/// means BROKEN). And what the docs show of it runs as written.
/// </summary>
public class VerifyLedgerScriptTests() : StoreTests("script")
{
    private static readonly string Repository = FindRepository();
    private static readonly string Script = Path.Combine(Repository, "scripts", "verify-ledger.py");
    private static readonly string Hash = new('0', 64);

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "verify-ledger.py"))) return folder.FullName;
        throw new FileNotFoundException("scripts/verify-ledger.py was not found above the test's folder.");
    }

    /// <summary>Runs the script with python3 in this test's folder (so that a relative path is the test's own).</summary>
    private Cli.Run Python(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Cli.Run(process.ExitCode, output.Result, errors);
    }

    private static void NoTraceback(Cli.Run run) => Assert.DoesNotContain("Traceback", run.Out + run.Err);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_the_usage_and_exits_0(string option)
    {
        var run = Python(option);
        NoTraceback(run);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains("--csv", run.Out);
        Assert.Contains("--anchor POSITION:HASH", run.Out);
    }

    /// <summary>What is no Mandates store is bad input (exit 2, named), not a broken ledger (exit 1); and the file is left as it was.</summary>
    [Theory]
    [InlineData("missing", "store: 'ledger.db' does not exist; expected a SQLite file that mandates wrote")]
    [InlineData("empty", "store: 'ledger.db' is an empty file, no store")]
    [InlineData("text", "store: 'ledger.db' is not a SQLite database that can be read (file is not a database)")]
    [InlineData("other", "store: 'ledger.db' is a SQLite database without an events table (its tables: people), not a Mandates store")]
    [InlineData("columns", "store: 'ledger.db' has an events table without the column(s) type, operation, valid_on")]
    [InlineData("folder", "store: 'ledger.db' is a folder")]
    public void A_file_that_is_no_mandates_store_is_refused_as_bad_input(string what, string message)
    {
        switch (what)
        {
            case "empty": File.WriteAllBytes(Db, []); break;
            case "text": File.WriteAllText(Db, "position,hash\n"); break;
            case "other": Sql("CREATE TABLE people (name TEXT)"); break;
            case "columns": Sql("CREATE TABLE events (position INTEGER, hash TEXT, previous_hash TEXT, payload TEXT, recorded_at TEXT, recorded_by TEXT, idempotency_key TEXT)"); break;
            case "folder": Directory.CreateDirectory(Db); break;
        }
        var before = File.Exists(Db) ? File.ReadAllBytes(Db) : null;
        var run = Python("ledger.db");
        NoTraceback(run);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.Equal("", run.Out);
        Assert.Equal(before, File.Exists(Db) ? File.ReadAllBytes(Db) : null);
        Assert.False(File.Exists(Db + "-wal"));
    }

    [Theory]
    [InlineData("", "--csv: 'export.csv' is empty; expected the events table as CSV with a header")]
    [InlineData("a,b\n1,2\n", "--csv: 'export.csv' has no column(s) position, type, operation")]
    [InlineData(null, "--csv: 'export.csv' cannot be read (No such file or directory)")]
    public void A_csv_that_is_no_export_of_the_events_table_is_refused_as_bad_input(string? text, string message)
    {
        if (text is not null) File.WriteAllText(Path.Combine(folder, "export.csv"), text);
        var run = Python("--csv", "export.csv");
        NoTraceback(run);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        // An empty pipe (psql failed, say) is no intact, empty ledger either.
        var piped = Python("--csv", "-");
        Assert.Equal(2, piped.Exit);
        Assert.Contains("--csv: standard input is empty", piped.Err);
    }

    [Theory]
    [InlineData(new string[0], "no store given")]
    [InlineData(new[] { "a.db", "b.db" }, "more than one store given")]
    [InlineData(new[] { "--bogus", "a.db" }, "'--bogus' is not an option of verify-ledger.py")]
    [InlineData(new[] { "a.db", "--anchor" }, "--anchor: no value; expected POSITION:HASH")]
    [InlineData(new[] { "--csv" }, "--csv: no file")]
    public void A_command_line_it_cannot_run_is_bad_input(string[] arguments, string message)
    {
        var run = Python(arguments);
        NoTraceback(run);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
    }

    /// <summary>The script takes "the same option" as `mandates verify --anchor`: what the program refuses, it refuses, in the same words.</summary>
    [Theory]
    [InlineData("1234:5f0c…")] // docs/ledger-format.md's example, as it stood
    [InlineData("10")]
    [InlineData("10:abc")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("10:zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("10:00000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("9223372036854775808:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("1\n0:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("١٠:0000000000000000000000000000000000000000000000000000000000000000")]
    public void An_anchor_the_program_refuses_is_refused_by_the_script_in_the_same_words(string anchor)
    {
        Assert.Equal(0, Run("list").Exit);
        var program = Run("verify", "--anchor", anchor);
        Assert.Equal(2, program.Exit);
        var script = Python("ledger.db", "--anchor", anchor);
        NoTraceback(script);
        Assert.Equal(2, script.Exit);
        Assert.Equal("", script.Out);
        Assert.Equal(program.Err.Split('\n')[0], script.Err.Split('\n')[0]);
    }

    [Fact]
    public void An_anchor_given_twice_with_two_hashes_is_refused_by_both_and_a_good_one_is_checked_alike()
    {
        Assert.Equal(0, Run("list").Exit);
        string[] twice = ["--anchor", "5:" + new string('a', 64), "--anchor", "5:" + new string('b', 64)];
        var program = Run(["verify", .. twice]);
        var script = Python(["ledger.db", .. twice]);
        Assert.Equal((2, 2), (program.Exit, script.Exit));
        Assert.Equal(program.Err.Split('\n')[0], script.Err.Split('\n')[0]);

        // A well-formed anchor that does not hold is BROKEN (exit 1) for both, at the same position; in capitals it is the same anchor.
        var anchor = JsonDocument.Parse(Run("verify", "--json").Out).RootElement.GetProperty("head").GetProperty("anchor").GetString()!;
        Assert.Equal(0, Python("ledger.db", "--anchor", anchor.ToUpperInvariant()).Exit);
        var wrong = Python("ledger.db", "--anchor", "5:" + Hash);
        Assert.Equal(1, wrong.Exit);
        Assert.StartsWith("BROKEN at position 5:", wrong.Out);
        Assert.Equal(1, Run("verify", "--anchor", "5:" + Hash).Exit);
    }

    /// <summary>`--anchor` with no value is bad input for the program as for the script, not a run without anchors reported intact.</summary>
    [Fact]
    public void An_anchor_option_without_a_value_is_refused_by_both()
    {
        Assert.Equal(0, Run("list").Exit);
        var program = Cli.Invoke("verify", "--db", Db, "--anchor");
        Assert.Equal(2, program.Exit);
        Assert.Contains("Required argument missing for option: '--anchor'", program.Err);
        Assert.Equal("", program.Out);
        var json = Cli.Invoke("verify", "--db", Db, "--json", "--anchor");
        Assert.Equal(2, json.Exit);
        Assert.Contains("\"kind\": \"bad-input\"", json.Out);
        var script = Python("ledger.db", "--anchor");
        Assert.Equal(2, script.Exit);
        Assert.Contains("--anchor: no value", script.Err);
    }

    /// <summary>A verification that fails offers no anchor to keep, in text or JSON: only how far it got.</summary>
    [Fact]
    public void A_failed_verify_offers_no_anchor_to_keep_in_text_or_json()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var text = Run("verify", "--anchor", "5:" + Hash);
        Assert.Equal(1, text.Exit);
        Assert.Contains("BROKEN at position 5:", text.Out);
        Assert.Contains("4 entries before it verified.", text.Out);
        Assert.DoesNotContain("Anchor:", text.Out);

        var run = Run("verify", "--json", "--anchor", "5:" + Hash);
        Assert.Equal(1, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("intact").GetBoolean());
        Assert.Equal(4, root.GetProperty("checked").GetInt64());
        Assert.Equal(5, root.GetProperty("firstBroken").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("head").ValueKind);

        // Intact, the head is the newest entry's anchor, as the text prints it.
        using var intact = JsonDocument.Parse(Run("verify", "--json").Out);
        Assert.Equal(BundledRecordSize.FirstAfter, intact.RootElement.GetProperty("head").GetProperty("position").GetInt64());
    }

    /// <summary>The commands the docs show for the script run as written: no "…" standing for a hash the reader cannot type.</summary>
    [Theory]
    [InlineData("docs/ledger-format.md")]
    [InlineData("README.md")]
    [InlineData("docs/cli.md")]
    public void The_docs_show_the_script_with_arguments_it_accepts(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository, document));
        var inCode = false;
        var shown = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("```")) inCode = !inCode;
            else if (inCode && line.Contains("verify-ledger.py")) shown.Add(line);
        }
        Assert.NotEmpty(shown);
        foreach (var line in shown)
        {
            var command = line.Split('#')[0];
            Assert.DoesNotContain("…", command);
            foreach (var anchor in System.Text.RegularExpressions.Regex.Matches(command, @"--anchor\s+(\S+)").Select(m => m.Groups[1].Value))
                Assert.Matches("^[0-9]+:[0-9a-f]{64}$", anchor);
        }
    }

    /// <summary>Runs SQL on a SQLite file at this test's store path, as another program would.</summary>
    private void Sql(string sql)
    {
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
