using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>verify: the hash chain recomputed from the first entry, anchors kept outside the store, and entries no writer writes named by their position.</summary>
public class VerifyCommandTests() : LedgerTests("verify")
{
    [Theory]
    // A month 13.
    [InlineData("tour-ended", "{\"person\":\"P-0001\",\"tour\":{tour},\"on\":\"2025-13-01\"}", "its tour-ended entry cannot be folded")]
    // Days no writer records: beyond the ledger's last day (it used to be folded as an open tour), ending before starting.
    [InlineData("tour-started", "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2100-01-01\"}",
        "its tour-started entry cannot be folded (a tour from 2025-07-01 to 2100-01-01, which no writer records (a tour's days run from 1990-01-01 to 2069-12-31")]
    [InlineData("tour-started", "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2025-06-01\"}",
        "its tour-started entry cannot be folded (a tour from 2025-07-01 to 2025-06-01, which no writer records")]
    [InlineData("tour-ended", "{\"person\":\"P-0001\",\"tour\":{tour},\"on\":\"2070-01-01\"}", "its tour-ended entry cannot be folded (a tour from 2025-07-01 to 2070-01-01")]
    [InlineData("tour-corrected", "{\"supersedes\":{tour},\"tour\":{tour},\"from\":\"1989-12-31\",\"until\":\"2025-07-31\",\"cancelled\":false,\"reason\":\"x\"}",
        "its tour-corrected entry cannot be folded (a tour from 1989-12-31 to 2025-07-31")]
    public void An_entry_whose_hash_matches_but_that_no_writer_could_have_written_is_named_by_verify(string type, string payload, string message)
    {
        // The deploy below is the first entry after the bundled record's; the bad entry the one after it.
        var tour = Repository.BundledFiles + 1;
        payload = payload.Replace("{tour}", tour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        // Appended past the program's checks, its hash chained properly.
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
        {
            var state = Mandates.Core.Ledger.LedgerState.Of(store.ReadAfter(0));
            // Written, then refused by the fold that follows the append.
            Assert.Throws<Mandates.Core.Ledger.DamagedEntryException>(() => Mandates.Core.Ledger.LedgerAppend.Append(store, state, () => [new Mandates.Core.Ledger.NewEvent(type, "KFOR", new NodaTime.LocalDate(2025, 7, 1), NodaTime.Instant.FromUtc(2025, 7, 2, 9, 0), "someone", null, payload)]));
        }
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {tour + 1}: " + message, verify.Out);
        // Any other command stops at it and points to verify.
        var strength = Run("strength", "KFOR", "--on", "2025-07-01");
        Assert.Equal(3, strength.Exit);
        Assert.Contains($"position {tour + 1}", strength.Err);
    }

    [Fact]
    public void A_store_recorded_out_of_order_is_noted_by_verify_and_read_from_its_first_entry_as_recorded()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        // As the generator once wrote: an entry stamped years before the entries ahead of it.
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
        {
            var state = Mandates.Core.Ledger.LedgerState.Of(store.ReadAfter(0));
            Mandates.Core.Ledger.LedgerAppend.Append(store, state, () => [new Mandates.Core.Ledger.NewEvent("tour-started", "KFOR", new NodaTime.LocalDate(2025, 7, 1), NodaTime.Instant.FromUtc(2020, 1, 1, 12, 0), "generator", null,
                "{\"person\":\"P-0002\",\"task\":\"reconnaissance\",\"from\":\"2025-07-01\",\"until\":\"2025-07-31\"}")]);
        }
        var verify = Run("verify");
        Assert.Equal(0, verify.Exit);
        Assert.Contains($"Note: position {Repository.BundledFiles + 2} was recorded before the entry ahead of it",
            verify.Out);
        // An ordinary write after it (recorded now, after the first entry again) does not hide the disorder.
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-0003", "--task", "reconnaissance", "--from", "2025-07-01").Exit);

        // Nothing had been recorded by 2024 (the first entry is of 2025): not the whole ledger, as if all were older.
        var asRecorded = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2024-01-01T00:00:00Z", "--json");
        using var json = JsonDocument.Parse(asRecorded.Out);
        Assert.Equal(0, json.RootElement.GetProperty("maxStrength").GetInt32());
    }

    [Fact]
    public void Verify_names_the_first_altered_position()
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER events_are_never_updated; UPDATE events SET payload = replace(payload, 'P-0002', 'P-0003') WHERE position = " + second + ";";
            command.ExecuteNonQuery();
        }
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {second}", verify.Out);
    }

    [Fact]
    public void Verify_gives_an_anchor_to_keep_which_later_shows_a_ledger_rewritten_since()
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        var first = Run("verify");
        Assert.Equal(0, first.Exit);
        var anchor = System.Text.RegularExpressions.Regex.Match(first.Out, @"Anchor: (\d+:[0-9a-f]{64}) \(the newest entry's position and hash\)").Groups[1].Value;
        Assert.Equal($"{second}:", anchor[..(anchor.IndexOf(':') + 1)]);
        using (var json = JsonDocument.Parse(Run("verify", "--json").Out))
            Assert.Equal(anchor, json.RootElement.GetProperty("head").GetProperty("anchor").GetString());

        // Later entries leave an anchor standing; its hash may be given in capitals.
        Run("deploy", "KFOR", "--person", "P-0003", "--task", "reconnaissance", "--from", "2025-07-01");
        var holds = Run("verify", "--anchor", anchor.ToUpperInvariant(), "--anchor", anchor);
        Assert.Equal(0, holds.Exit);
        Assert.Contains($"The anchor {anchor} holds: the ledger up to position {second} is as it was when the anchor was taken.", holds.Out);

        // Someone with the file alters the second tour and recomputes every hash after it: the chain is intact again, the anchor is not.
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET payload = replace(payload, 'P-0002', 'P-0009') WHERE position = {second}");
        RechainFrom(second);
        Assert.Equal(0, Run("verify").Exit);
        var rewritten = Run("verify", "--anchor", anchor);
        Assert.Equal(1, rewritten.Exit);
        Assert.Contains($"BROKEN at position {second}: position {second} has the hash", rewritten.Out);
        Assert.Contains("was rewritten (its hashes recomputed) since the anchor was taken", rewritten.Out);
        Assert.DoesNotContain("Anchor:", rewritten.Out);
        using (var json = JsonDocument.Parse(Run("verify", "--anchor", anchor, "--json").Out))
        {
            Assert.False(json.RootElement.GetProperty("intact").GetBoolean());
            Assert.False(json.RootElement.GetProperty("anchors")[0].GetProperty("holds").GetBoolean());
        }
    }

    /// <summary>
    /// Columns no writer writes so, their hashes recomputed from there on so that the chain alone holds:
    /// verify names the position, and the other commands stop there rather than fold it unseen.
    /// </summary>
    [Theory]
    [InlineData(0, "type = 'tour-begun'", "its type 'tour-begun' is none this program writes")]
    [InlineData(0, "valid_on = '2025-07-05'", "its valid_on 2025-07-05 is not the tour's first day (2025-07-01), as every writer records it")]
    [InlineData(2, "operation = 'NOPE'", "starts a tour of 'NOPE', an operation the store's record does not hold, which no writer records")]
    [InlineData(1, "operation = 'ASPIDES'", "its operation 'ASPIDES' is not that of tour")]
    [InlineData(1, "type = 'tour-paused'", "its type 'tour-paused' is none this program writes")]
    public void An_entry_whose_columns_no_writer_writes_is_broken_even_with_its_hashes_recomputed(int entry, string set, string why)
    {
        var started = Position(Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31"));
        var ended = Position(Run("end-tour", "--person", "P-0001", "--on", "2025-07-20"));
        var alone = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        var altered = new[] { started, ended, alone }[entry];
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET {set} WHERE position = {altered}");
        RechainFrom(altered);
        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {altered}:", verify.Out);
        Assert.Contains(why, verify.Out);
        if (entry < 2)
        {
            var tours = Run("tours", "KFOR", "--on", "2025-07-01");
            Assert.Equal(3, tours.Exit);
            Assert.Contains($"Ledger position {altered}:", tours.Err);
        }
    }

    [Theory]
    [InlineData("10", "--anchor: '10' is not an anchor; expected POSITION:HASH as `mandates verify` prints it")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000", "--anchor: '0:000")]
    [InlineData("10:abc", "--anchor: '10:abc' is not an anchor")]
    [InlineData("10:zz00000000000000000000000000000000000000000000000000000000000000", "--anchor: '10:zz")]
    public void A_malformed_anchor_is_bad_input_and_creates_no_store(string anchor, string message)
    {
        var run = Run("verify", "--anchor", anchor);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err);
        Assert.False(File.Exists(Db));
        var twice = Run("verify", "--anchor", "10:" + new string('a', 64), "--anchor", "10:" + new string('b', 64));
        Assert.Equal(2, twice.Exit);
        Assert.Contains("--anchor: position 10 is given twice, with two different hashes", twice.Err);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void An_anchor_beyond_the_ledgers_end_shows_entries_removed()
    {
        var last = Position(Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01"));
        var run = Run("verify", "--anchor", $"{last + 5}:{new string('a', 64)}");
        Assert.Equal(1, run.Exit);
        Assert.Contains($"BROKEN at position {last + 1}: the ledger ends at position {last}, before the anchor's position {last + 5}: entries after {last} were removed since the anchor was taken", run.Out);
    }

    /// <summary>
    /// What someone able to write to the database does after altering an entry (the update trigger dropped):
    /// recomputes every hash from <paramref name="position"/> on, so that the chain alone holds again.
    /// </summary>
    private void RechainFrom(long position)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var store = new Mandates.Storage.SqliteEventStore(Db);
        var previous = store.At(position - 1)!.Hash;
        foreach (var e in store.ReadAfter(position - 1).ToList())
        {
            var hash = Core.Ledger.LedgerEvent.ComputeHash(e.Position, e.Type, e.Operation, e.ValidOn, e.RecordedAt, e.RecordedBy, e.IdempotencyKey, e.Payload, previous);
            Sql($"UPDATE events SET previous_hash = '{previous}', hash = '{hash}' WHERE position = {e.Position}");
            previous = hash;
        }
    }

    [Theory]
    [InlineData("recorded_at = 'garbage'")]
    [InlineData("valid_on = '2025-13-01'")]
    [InlineData("payload = '{not json'")]
    [InlineData("payload = replace(payload, '2025-07-01', '2025-13-01')")]
    [InlineData("payload = replace(payload, '2025-07-01', '1980-07-01')")]
    [InlineData("recorded_at = replace(recorded_at, 'Z', '.0Z')")]
    public void A_row_no_writer_could_have_written_is_named_by_verify_and_stops_other_commands_cleanly(string alteration)
    {
        Run("deploy", "KFOR", "--person", "P-0001", "--task", "reconnaissance", "--from", "2025-07-01");
        var second = Position(Run("deploy", "KFOR", "--person", "P-0002", "--task", "reconnaissance", "--from", "2025-07-01"));
        Sql($"DROP TRIGGER events_are_never_updated; UPDATE events SET {alteration} WHERE position = {second};");

        var verify = Run("verify");
        Assert.Equal(1, verify.Exit);
        Assert.Contains($"BROKEN at position {second}", verify.Out);
        Assert.DoesNotContain("Unhandled", verify.Out + verify.Err);

        var strength = Run("strength", "KFOR", "--on", "2025-07-01");
        Assert.Equal(3, strength.Exit);
        Assert.Contains($"cannot be read: Ledger position {second}", strength.Err);
        Assert.Contains("`mandates verify` names the first broken entry", strength.Err);
        Assert.DoesNotContain("   at ", strength.Err);
    }

    /// <summary>
    /// Issue 14, defect 2: a folder named as the store is "a folder" for verify and history, as for every other
    /// command.
    /// </summary>
    [Theory]
    [InlineData("verify")]
    [InlineData("history", "--tour", "10")]
    public void A_folder_given_as_the_store_is_called_a_folder_by_the_commands_that_need_an_existing_store(
        params string[] command)
    {
        var run = Cli.Invoke([.. command, "--db", folder]);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"--db: '{folder}' is a folder; expected a path to a SQLite file", run.Err);
        Assert.DoesNotContain("does not exist", run.Err);
    }
}
