using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>The variables reach every test running meanwhile: the tests that set them run alone.</summary>
[CollectionDefinition(nameof(EnvironmentTests), DisableParallelization = true)]
public sealed class EnvironmentCollection;

/// <summary>Commands run with MANDATES_DATA or MANDATES_USER set, as a shell profile sets them once for every command.</summary>
[Collection(nameof(EnvironmentTests))]
public class EnvironmentTests() : StoreTests("environment")
{
    /// <summary>Runs the command against this test's store with <paramref name="variable"/> set to <paramref name="value"/>.</summary>
    private Cli.Run RunWith(string variable, string value, params string[] args)
    {
        var own = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            return Run(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, own);
        }
    }

    private int Deployed() => Run("deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "clerk").Exit;

    [Theory]
    [InlineData("verify")]
    [InlineData("history", "--tour", "FIRST-WRITE")]
    public void MANDATES_DATA_is_noted_as_not_read_by_a_command_the_law_plays_no_part_in(params string[] args)
    {
        // The tour deployed below is the store's first write, after the record's files.
        args = args.Select(a => a == "FIRST-WRITE" ? BundledRecordSize.FirstAfter.ToString() : a).ToArray();
        Assert.Equal(0, Deployed());
        var run = RunWith("MANDATES_DATA", "some-record", args);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"note: MANDATES_DATA: `{args[0]}`", run.Err);
        Assert.Contains("so the record folder 'some-record' is not read (unset MANDATES_DATA to leave out this note).", run.Err);
    }

    [Fact]
    public void MANDATES_DATA_is_noted_as_not_read_by_import_which_reads_the_folder_it_is_given()
    {
        var record = Path.Combine(folder, "record");
        Assert.Equal(0, Run("export", record).Exit);
        var run = RunWith("MANDATES_DATA", "some-record", "import", record, "--user", "clerk");
        Assert.Equal(0, run.Exit);
        Assert.Contains("note: MANDATES_DATA: `import` brings the store's record up to the folder it is given, so the record folder 'some-record' is not read", run.Err);
    }

    [Theory]
    [InlineData("list", "--on", "2025-07-01")]
    [InlineData("check", "KFOR", "--on", "2025-07-01", "--add", "1")]
    [InlineData("strength", "KFOR", "--on", "2025-07-01")]
    [InlineData("tours", "KFOR", "--on", "2025-07-01")]
    [InlineData("audit")]
    public void A_bad_MANDATES_USER_does_not_stop_a_command_that_only_reads(params string[] args)
    {
        Assert.Equal(0, Deployed());
        var run = RunWith("MANDATES_USER", "clerk\nmallory", args);
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public void A_bad_MANDATES_USER_stops_a_write_and_writes_nothing()
    {
        Assert.Equal(0, Deployed());
        var before = Stored();
        var run = RunWith("MANDATES_USER", "clerk\nmallory", "deploy", "KFOR", "--person", "P-4712", "--task", "reconnaissance", "--from", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.Contains("MANDATES_USER: 'clerk\\u000amallory' holds a line break or another control character; expected one line: who records the write, e.g. clerk.", run.Err);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public void A_bad_MANDATES_USER_stops_the_first_fill_of_a_new_store_and_creates_nothing()
    {
        var run = RunWith("MANDATES_USER", "clerk\nmallory", "list", "--on", "2025-07-01");
        Assert.Equal(2, run.Exit);
        Assert.False(File.Exists(Db), "list created the store");
        Assert.Contains("MANDATES_USER: 'clerk\\u000amallory' holds a line break", run.Err);
        Assert.Contains("A new store is filled with the bundled record on first use, a write attributed to that user; nothing was written.", run.Err);
    }

    [Fact]
    public void A_bad_user_typed_is_refused_whatever_the_command()
    {
        Assert.Equal(0, Deployed());
        var run = Run("list", "--on", "2025-07-01", "--user", "clerk\nmallory");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--user: 'clerk\\u000amallory' holds a line break", run.Err);
    }
}
