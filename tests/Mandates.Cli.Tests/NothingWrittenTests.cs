using Mandates.Core.Ledger;
using Mandates.Storage;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// Bad input writes nothing, even on a store not created yet: a command refused for its arguments must
/// not first create the store and fill it with the bundled record (nor leave an empty one, which verify
/// would call an intact ledger).
/// </summary>
public class NothingWrittenTests() : StoreTests("nothing-written")
{
    [Theory]
    [InlineData("--date: '2025-13-45' is not a calendar day", "record", "cabinet", "--mandate", "KFOR-2025", "--date", "2025-13-45", "--source", "x")]
    [InlineData("--result: 'maybe' is not one of adopted, rejected", "record", "vote", "--mandate", "KFOR-2025", "--date", "2025-06-26", "--result", "maybe", "--source", "x")]
    [InlineData("--mandate: 'bad id!' is not a mandate id", "record", "motion", "KFOR", "--mandate", "bad id!", "--document", "D", "--source", "x")]
    [InlineData("--until: 'someday' is neither a calendar day nor 'open'", "record", "act-change", "--act", "unscr-1244", "--date", "2026-01-01", "--change", "extended", "--until", "someday", "--source", "x")]
    [InlineData("--effective: '2025-06-01' is before --decided", "record", "revocation", "--mandate", "KFOR-2025", "--decided", "2025-06-30", "--effective", "2025-06-01", "--source", "x")]
    [InlineData("--on: '1900-01-01' is outside the days", "end-tour", "--person", "P-1", "--on", "1900-01-01")]
    [InlineData("--from: '1900-01-01' is outside the days", "correct-tour", "--tour", "10", "--from", "1900-01-01", "--reason", "x")]
    [InlineData("--from: '2025-13-01' is not a calendar day", "generate", "--events", "10", "--from", "2025-13-01")]
    [InlineData("--until: '2199-01-01' is too late", "generate", "--events", "10", "--until", "2199-01-01")]
    [InlineData("--until: '2024-01-01' is before --from (2025-01-01); expected a day on or after it.", "generate", "--events", "10", "--from", "2025-01-01", "--until", "2024-01-01")]
    [InlineData("--task: '' is empty", "check", "KFOR", "--on", "2025-07-01", "--task", "")]
    [InlineData("--user: '' is empty", "deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--user", "")]
    [InlineData("--user: '' is empty", "end-tour", "--person", "P-1", "--on", "2025-07-01", "--user", "")]
    [InlineData("--user: '' is empty", "record", "cabinet", "--mandate", "KFOR-2025", "--date", "2025-05-21", "--source", "x", "--user", "")]
    [InlineData("--as-recorded-at: a store that does not exist recorded nothing at any instant: --db:", "audit", "--as-recorded-at", "2025-01-01T00:00:00Z")]
    [InlineData("--as-recorded-at: a store that does not exist recorded nothing at any instant: --db:", "strength", "KFOR", "--on", "2025-01-01", "--as-recorded-at", "2025-01-01T00:00:00Z")]
    public void Bad_input_on_a_store_not_created_yet_creates_nothing(string message, params string[] args)
    {
        var run = Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.DoesNotContain("was a new store", run.Err);
        Assert.False(File.Exists(Db), $"{string.Join(' ', args)} created {Db}");
    }

    [Fact]
    public void An_import_with_a_bad_user_creates_nothing()
    {
        var record = Path.Combine(folder, "record");
        Assert.Equal(0, Cli.Invoke("export", record, "--db", Path.Combine(folder, "other.db")).Exit);
        var run = Run("import", record, "--user", "");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--user: '' is empty", run.Err);
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("exported\nrecord", "exported\\u000arecord' holds a line break or another control character")]
    [InlineData("exported\trecord", "exported\\u0009record' holds a line break or another control character")]
    public void An_export_into_a_folder_named_with_a_control_character_creates_nothing(string name, string message)
    {
        var target = Path.Combine(folder, name);
        var run = Run("export", target);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"folder: '{folder}/{message}", run.Err);
        Assert.Contains("expected a new or empty folder", run.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    /// <summary>
    /// An open that folds enough entries saves a snapshot, but not for a command then refused as bad input:
    /// two generate runs of fewer entries each (neither saves one) leave more than enough after the last
    /// snapshot. Enough is 1,000 here rather than 50,000, to keep the test quick.
    /// </summary>
    [Fact]
    public void A_command_refused_for_its_arguments_saves_no_snapshot_of_a_long_fold()
    {
        const int snapshotAfter = 1_000;
        Cli.Run Snapshotting(params string[] args) => Cli.InvokeAt(Cli.Today, snapshotAfter, [.. args, "--db", Db]);
        Assert.Equal(0, Snapshotting("generate", "--events", "501", "--seed", "1").Exit);
        Assert.Equal(0, Snapshotting("generate", "--events", "501", "--seed", "2").Exit);
        Assert.Null(NewestSnapshot());
        var before = Stored();

        foreach (var args in new[] { ["strength", "NOSUCHOP", "--on", "2025-07-01"], new[] { "deploy", "NOSUCHOP", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01" } })
        {
            var run = Snapshotting(args);
            Assert.Equal(2, run.Exit);
            Assert.Contains("operation: 'NOSUCHOP' is not in the record", run.Err);
            Assert.Null(NewestSnapshot());
            Assert.Equal(before, Stored());
        }

        // The same fold for a command that answers saves it.
        Assert.Equal(0, Snapshotting("strength", "KFOR", "--on", "2025-07-01").Exit);
        Assert.Equal(LedgerState.Of(Entries()).Head, NewestSnapshot()?.Position);
    }

    private LedgerSnapshot.Saved? NewestSnapshot()
    {
        using var store = new SqliteEventStore(Db);
        return LedgerSnapshot.Newest(store);
    }

    private List<LedgerEvent> Entries()
    {
        using var store = new SqliteEventStore(Db);
        return store.ReadAfter(0).ToList();
    }
}
