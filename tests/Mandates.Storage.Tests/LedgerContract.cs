using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Mandates.Storage.Tests;

/// <summary>
/// The ledger on each database: tours enforced at append against the bundled record, even when many
/// writers press the button at once.
/// </summary>
public abstract class LedgerContract : IDisposable
{
    private static readonly Lazy<LegalRecord> Record = new(() =>
        RecordLoader.Load(RecordFolder.Read(Path.Combine(AppContext.BaseDirectory, "data"))).Record!);
    private static readonly OperationId Kfor = new("KFOR");
    private static readonly LocalDate July = new(2025, 7, 1);

    protected readonly IDatabase Database;

    protected LedgerContract(IDatabase database) => Database = database;

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    private TourLedger Ledger(IEventStore store, string user = "clerk") =>
        new(store, new Authoriser(Record.Value), new FakeClock(Instant.FromUtc(2025, 7, 1, 9, 0)), user);

    private static DeployRequest Tour(int person, LocalDate from, LocalDate? until, string? key = null) =>
        new(Kfor, new PersonId($"P-{person:D5}"), "reconnaissance", from, until) { IdempotencyKey = key };

    /// <summary>The law as a state of the ledger holds it (its record files), as the program reads it.</summary>
    private static Authoriser LawOf(LedgerState state) => new(RecordLoader.Load(RecordEvents.Files(state)).Record!);

    [Fact]
    public async Task A_write_is_checked_against_the_law_as_recorded_even_when_another_writer_changed_it_since_this_one_read_it()
    {
        using var store = Database.Open();
        var clock = new FakeClock(Instant.FromUtc(2025, 7, 1, 9, 0));
        var state = LedgerSnapshot.Open(store);
        RecordEvents.Import(store, state, RecordFolder.Read(Path.Combine(AppContext.BaseDirectory, "data")), July, clock.GetCurrentInstant(), "clerk");
        using var ledger = new TourLedger(store, LawOf(state), clock, "clerk", state, LawOf);
        Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(1, July, July.PlusDays(30))));

        // Another writer (its own connection and state, as another process) records that the Bundestag
        // revoked KFOR-2025 with effect from 2025-07-20, after this ledger read the law.
        using (var other = Database.Open())
        {
            var otherState = LedgerSnapshot.Open(other);
            var revoked = RecordChanges.WithMandate(RecordLoader.Load(RecordEvents.Files(otherState)).Record!, new MandateId("KFOR-2025"),
                m => m with { Revocation = new Revocation(new LocalDate(2025, 7, 10), new LocalDate(2025, 7, 20)) { EffectiveStated = true, Provenance = new Provenance("test") } });
            Assert.NotEmpty(RecordEvents.Import(other, otherState, RecordWriter.Write(revoked), July, clock.GetCurrentInstant(), "clerk"));
        }

        var refused = Assert.IsType<WriteOutcome.Refused>(ledger.Deploy(Tour(2, July.PlusDays(25), July.PlusDays(30))));
        Assert.Equal(Outcome.NotMet, refused.Decision.For(Rulebook.NotRevoked).Outcome);
        var refusedTogether = Assert.IsType<WriteOutcome.Refused>(await ledger.DeployAsync(Tour(3, July.PlusDays(25), July.PlusDays(30))));
        Assert.Equal(Outcome.NotMet, refusedTogether.Decision.For(Rulebook.NotRevoked).Outcome);
        // Before the revocation takes effect the law still consents.
        Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(4, July, July.PlusDays(18))));
        // The audit finds the revocation broken on the first tour's days from it on (written before it, lawful then), and nothing else.
        var violations = Audit.Run(LawOf(ledger.State), ledger.State);
        Assert.Contains(violations, v => v.Rule == Rulebook.NotRevoked.Id);
        Assert.All(violations, v => Assert.Equal(new DateInterval(July.PlusDays(19), July.PlusDays(30)), v.Days));
    }

    [Fact]
    public void A_decision_made_on_the_law_as_it_was_is_not_written_over_one_another_writer_recorded_since()
    {
        using var store = Database.Open();
        var now = Instant.FromUtc(2025, 7, 1, 9, 0);
        var state = LedgerSnapshot.Open(store);
        RecordEvents.Import(store, state, RecordFolder.Read(Path.Combine(AppContext.BaseDirectory, "data")), July, now, "clerk");
        var basedOn = state.RecordChangedAt;
        var law = RecordLoader.Load(RecordEvents.Files(state)).Record!;
        Revocation Revoked(string source) => new(new LocalDate(2025, 7, 10), new LocalDate(2025, 7, 10)) { Provenance = new Provenance(source) };

        // Another clerk (its own connection and state) records a revocation first.
        using (var other = Database.Open())
        {
            var otherState = LedgerSnapshot.Open(other);
            RecordEvents.Import(other, otherState, RecordWriter.Write(RecordChanges.WithMandate(RecordLoader.Load(RecordEvents.Files(otherState)).Record!,
                new MandateId("KFOR-2025"), m => m with { Revocation = Revoked("the other clerk") })), July, now, "other", otherState.RecordChangedAt);
        }
        var head = store.Head;
        // This clerk's change, made on the law before it, would drop that revocation: refused, nothing written.
        var stale = RecordWriter.Write(RecordChanges.WithMandate(law, new MandateId("KFOR-2025"), m => m with { Objection = null, Revocation = Revoked("this clerk") }));
        var refused = Assert.Throws<LawChangedException>(() => RecordEvents.Import(store, state, stale, July, now, "clerk", basedOn));
        Assert.Equal(basedOn, refused.BasedOn);
        Assert.Equal(head, store.Head);
        Assert.Contains("the other clerk", RecordEvents.Files(state).Single(f => f.Path == "operations/kfor.yaml").Text);
    }

    [Fact]
    public void A_lawful_tour_is_written_and_counts_in_the_strength()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        var outcome = Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(1, July, July.PlusDays(30))));
        Assert.Equal(1, outcome.Event.Position);
        Assert.True(outcome.Decision!.Authorised);
        Assert.Equal(1, ledger.State.StrengthOf(Kfor).On(July));
        Assert.Equal(0, ledger.State.StrengthOf(Kfor).On(July.PlusDays(31)));
    }

    [Fact]
    public void A_tour_the_law_refuses_is_not_written_and_its_decision_says_why()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        var refused = Assert.IsType<WriteOutcome.Refused>(ledger.Deploy(Tour(1, July, null) with { Task = "air-policing" }));
        Assert.Equal(Outcome.NotMet, refused.Decision.For(Rulebook.Task).Outcome);
        Assert.Empty(store.ReadAfter(0));
    }

    [Fact]
    public void One_person_cannot_be_on_two_overlapping_tours()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(7, July, July.PlusDays(10))));
        var invalid = Assert.IsType<WriteOutcome.Invalid>(ledger.Deploy(Tour(7, July.PlusDays(10), null)));
        Assert.Contains("'P-00007' is already on a tour that overlaps", invalid.Message);
        Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(7, July.PlusDays(11), null)));
    }

    [Fact]
    public void The_same_key_with_the_same_content_returns_the_original_and_with_other_content_is_an_error()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        var first = Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(1, July, null, key: "order-1")));
        var again = Assert.IsType<WriteOutcome.Written>(Ledger(Database.Open()).Deploy(Tour(1, July, null, key: "order-1")));
        Assert.True(again.Replayed);
        Assert.Equal(first.Event, again.Event);
        var other = Assert.IsType<WriteOutcome.Invalid>(ledger.Deploy(Tour(2, July, null, key: "order-1")));
        Assert.Contains("'order-1' was used at ledger position 1 for different content", other.Message);
        Assert.Single(store.ReadAfter(0));
    }

    [Fact]
    public void Ending_a_tour_frees_its_place_from_the_day_after()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        ledger.Deploy(Tour(1, July, null));
        Assert.IsType<WriteOutcome.Written>(ledger.EndTour(new PersonId("P-00001"), July.PlusDays(4), null));
        Assert.Equal(1, ledger.State.StrengthOf(Kfor).On(July.PlusDays(4)));
        Assert.Equal(0, ledger.State.StrengthOf(Kfor).On(July.PlusDays(5)));
        // A later last day runs the ended tour on to it (an extension): counted again on the days added.
        Assert.IsType<WriteOutcome.Written>(ledger.EndTour(new PersonId("P-00001"), July.PlusDays(9), null));
        Assert.Equal(1, ledger.State.StrengthOf(Kfor).On(July.PlusDays(9)));
        Assert.Equal(0, ledger.State.StrengthOf(Kfor).On(July.PlusDays(10)));
        var none = Assert.IsType<WriteOutcome.Invalid>(ledger.EndTour(new PersonId("P-00002"), July.PlusDays(9), null));
        Assert.Contains("has no tour covering 2025-07-10", none.Message);
    }

    [Fact]
    public async Task Group_commit_checks_each_request_in_turn_and_never_overshoots()
    {
        using var store = Database.Open();
        using var ledger = Ledger(store);
        for (var p = 0; p < 390; p++)
            Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(p, July, July.PlusDays(60))));
        // 32 callers at once, each with several requests, through one ledger that batches them.
        var requests = Enumerable.Range(0, 32).Select(w => Task.Run(async () =>
        {
            var outcomes = new List<WriteOutcome>();
            for (var i = 0; i < 3; i++) outcomes.Add(await ledger.DeployAsync(Tour(5_000 + w * 10 + i, July.PlusDays(5), July.PlusDays(20))));
            return outcomes;
        })).ToArray();
        var all = (await Task.WhenAll(requests)).SelectMany(o => o).ToList();
        Assert.Equal(10, all.Count(o => o is WriteOutcome.Written));
        Assert.Equal(86, all.Count(o => o is WriteOutcome.Refused));
        Assert.All(all.OfType<WriteOutcome.Refused>(), r => Assert.Equal(Outcome.NotMet, r.Decision.For(Rulebook.Ceiling).Outcome));
        using var check = Database.Open();
        var entries = check.ReadAfter(0).ToList();
        Assert.Equal(400, entries.Count);
        Assert.True(ChainVerification.Verify(entries).Intact);
        Assert.Equal(400, LedgerState.Of(entries).StrengthOf(Kfor).MaxOver(new DateInterval(July, July.PlusDays(60))));
    }

    [Fact]
    public async Task Thirty_two_writers_at_once_never_push_strength_above_the_ceiling()
    {
        const int ceiling = 400;
        using (var store = Database.Open())
        {
            // Fill to 10 below the ceiling, in one writer, one transaction per tour.
            var ledger = Ledger(store);
            for (var p = 0; p < ceiling - 10; p++)
                Assert.IsType<WriteOutcome.Written>(ledger.Deploy(Tour(p, July, July.PlusDays(60))));
        }
        for (var round = 0; round < 3; round++)
        {
            var from = July.PlusDays(round * 20);
            var outcomes = new System.Collections.Concurrent.ConcurrentBag<WriteOutcome>();
            var writers = Enumerable.Range(0, 32).Select(w => Task.Run(() =>
            {
                // Each writer is its own client, with its own connection and its own view of the ledger.
                using var store = Database.Open();
                var ledger = Ledger(store, $"writer-{w}");
                for (var i = 0; i < 2; i++)
                    outcomes.Add(ledger.Deploy(Tour(10_000 + round * 1000 + w * 10 + i, from, from.PlusDays(9))));
            })).ToArray();
            await Task.WhenAll(writers);

            using var check = Database.Open();
            var state = Ledger(check).State;
            var strength = state.StrengthOf(Kfor);
            Assert.Equal(ceiling, strength.MaxOver(new DateInterval(from, from.PlusDays(9))));
            Assert.Equal(10, outcomes.Count(o => o is WriteOutcome.Written));
            Assert.All(outcomes.OfType<WriteOutcome.Refused>(), r =>
            {
                Assert.Equal(Outcome.NotMet, r.Decision.For(Rulebook.Ceiling).Outcome);
                Assert.Contains("> 400", r.Decision.For(Rulebook.Ceiling).Reason);
            });
            Assert.Equal(54, outcomes.Count(o => o is WriteOutcome.Refused));
            Assert.True(ChainVerification.Verify(check.ReadAfter(0)).Intact);
        }
    }

    /// <summary>A history with every kind of tour entry: starts, a key, an end, a correction, a cancellation.</summary>
    private static void Shape(TourLedger ledger)
    {
        for (var p = 1; p <= 6; p++) ledger.Deploy(Tour(p, July.PlusDays(p), p % 2 == 0 ? null : July.PlusDays(40 + p), key: p == 3 ? "order-3" : null));
        ledger.EndTour(new PersonId("P-00002"), July.PlusDays(20), null);
        var fourth = ledger.State.ToursOf(new PersonId("P-00004")).Single();
        ledger.Correct(new(fourth.StartedAt, July.PlusDays(10), July.PlusDays(30), Cancel: false, "entered a day late", null));
        var sixth = ledger.State.ToursOf(new PersonId("P-00006")).Single();
        ledger.Correct(new(sixth.StartedAt, sixth.From, null, Cancel: true, "never went", null));
    }

    private static void AssertSameState(LedgerState expected, LedgerState actual)
    {
        Assert.Equal(expected.Head, actual.Head);
        Assert.Equal(expected.HeadHash, actual.HeadHash);
        Assert.Equal(expected.LastRecordedAt, actual.LastRecordedAt);
        Assert.Equal(expected.Tours, actual.Tours);
        Assert.Equal(expected.PositionOfKey("order-3"), actual.PositionOfKey("order-3"));
        foreach (var tour in expected.Tours) Assert.Equal(expected.LatestEntryOf(tour.StartedAt), actual.LatestEntryOf(tour.StartedAt));
        for (var day = July; day <= July.PlusDays(60); day = day.PlusDays(1))
            Assert.Equal(expected.StrengthOf(Kfor).On(day), actual.StrengthOf(Kfor).On(day));
    }

    [Fact]
    public void Planned_entries_are_appended_only_onto_the_ledger_they_were_planned_on()
    {
        using var store = Database.Open();
        var planned = LedgerState.Of(store.ReadAfter(0));
        var started = new NewEvent(TourEvents.Started, "KFOR", July, NodaTime.Instant.FromUtc(2025, 7, 1, 9, 0), "generator", null,
            LedgerPayload.Write(new TourEvents.StartedPayload("P-00001", "reconnaissance", null, "2025-07-01", "2025-07-31", null)));
        Assert.Single(store.AppendPlanned(planned, () => [started]));

        // Another writer appends; entries planned on the ledger before it are refused, and nothing is written.
        Assert.IsType<WriteOutcome.Written>(Ledger(store).Deploy(Tour(2, July, July.PlusDays(3))));
        var stale = LedgerState.Of(store.ReadAfter(0).Take(1));
        var moved = Assert.Throws<LedgerMovedException>(() => store.AppendPlanned(stale, () => [started with { Payload = started.Payload.Replace("P-00001", "P-00003") }]));
        Assert.Equal((1L, 2L), (moved.PlannedAt, moved.Head));
        Assert.Equal(2, store.Head);
    }

    [Fact]
    public void An_open_reads_the_newest_snapshot_and_folds_only_the_entries_after_it()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        Shape(ledger);
        LedgerSnapshot.Save(store, ledger.State);
        var snapshotAt = ledger.State.Head;
        ledger.Deploy(Tour(7, July, July.PlusDays(3)));

        using var reopened = Database.Open();
        var opened = LedgerSnapshot.Open(reopened, saveAfter: int.MaxValue);
        AssertSameState(LedgerState.Of(reopened.ReadAfter(0)), opened);
        Assert.Equal(6, opened.Tours.Count());

        // Proof that it did not fold the entries the snapshot covers: alter one behind the guard's back,
        // and the open still sees the tour as snapshotted (while verify names the altered entry).
        Database.RemoveAppendOnlyGuard();
        Database.Tamper($"UPDATE events SET payload = replace(payload, '\"until\":\"2025-08-11\"', '\"until\":\"2025-12-31\"') WHERE position = 1");
        Assert.Equal(new LocalDate(2025, 12, 31), LedgerState.Of(reopened.ReadAfter(0)).FindTour(1)!.Until);
        Assert.Equal(new LocalDate(2025, 8, 11), LedgerSnapshot.Open(reopened, saveAfter: int.MaxValue).FindTour(1)!.Until);
        Assert.Equal(1, ChainVerification.Verify(reopened.ReadAfter(0)).FirstBroken);
        Assert.True(snapshotAt > 1);
    }

    [Fact]
    public void A_snapshot_of_an_older_layout_at_the_same_position_is_replaced_not_kept_forever()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        Shape(ledger);
        var state = ledger.State;
        // As an older program left it: a snapshot at the head in a layout this program cannot read.
        store.SaveSnapshot(state.Head, state.HeadHash, LedgerSnapshot.Format - 1, new MemoryStream([1, 2, 3]));
        Assert.Null(LedgerSnapshot.Newest(store));

        LedgerSnapshot.Save(store, state);
        Assert.Equal(state.Head, LedgerSnapshot.Newest(store)?.Position);
        Assert.Equal(0, LedgerSnapshot.Prepare(store).ToFold);
    }

    [Fact]
    public void An_open_that_folds_many_entries_saves_a_snapshot_for_the_next()
    {
        using var store = Database.Open();
        Shape(Ledger(store));
        Assert.Null(LedgerSnapshot.Check(store, store.ReadAfter(0)));
        // In two steps, as the command line opens a store: how much is left to fold, then the fold, telling how far it is.
        var (toFold, fold) = LedgerSnapshot.Prepare(store, saveAfter: 5);
        Assert.Equal(store.Head, toFold);
        var shares = new List<double>();
        var first = fold(shares.Add);
        Assert.Equal(Enumerable.Range(1, (int)toFold).Select(n => (double)n / toFold), shares);
        Assert.Equal((first.Head, true), LedgerSnapshot.Check(store, store.ReadAfter(0)));
        using var reopened = Database.Open();
        AssertSameState(first, LedgerSnapshot.Open(reopened, saveAfter: int.MaxValue));
        Assert.Equal(0, LedgerSnapshot.Prepare(reopened).ToFold);
    }

    [Fact]
    public void A_snapshot_that_is_not_the_fold_of_the_ledger_is_named_by_the_check_and_one_of_another_chain_is_ignored()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        Shape(ledger);
        var state = ledger.State;

        // Altered: the same position and hash, but one tour's first day changed in the saved bytes.
        using var bytes = new MemoryStream();
        LedgerSnapshot.Write(state, bytes);
        var altered = bytes.ToArray();
        var from = BitConverter.GetBytes(Period.DaysBetween(StrengthIndex.FirstDay, July.PlusDays(1)));
        var at = altered.AsSpan().IndexOf(from);
        Assert.True(at > 0);
        altered[at]++;
        store.SaveSnapshot(state.Head, state.HeadHash, LedgerSnapshot.Format, new MemoryStream(altered));
        Assert.Equal((state.Head, false), LedgerSnapshot.Check(store, store.ReadAfter(0)));

        // Another chain: a snapshot whose hash is not the store's entry at its position is never read.
        ledger.Deploy(Tour(8, July, July.PlusDays(3)));
        bytes.Position = 0;
        store.SaveSnapshot(ledger.State.Head, new string('f', 64), LedgerSnapshot.Format, bytes);
        AssertSameState(LedgerState.Of(store.ReadAfter(0)), LedgerSnapshot.Open(store, saveAfter: int.MaxValue));
    }

    [Fact]
    public void A_snapshot_that_cannot_be_read_is_passed_over_and_the_entries_folded()
    {
        using var store = Database.Open();
        var ledger = Ledger(store);
        Shape(ledger);
        var garbled = new byte[4096];
        new Random(7).NextBytes(garbled);
        using (var bytes = new MemoryStream())
        {
            LedgerSnapshot.Write(ledger.State, bytes);
            bytes.ToArray().AsSpan(0, 40).CopyTo(garbled); // the right header, then noise
        }
        store.SaveSnapshot(ledger.State.Head, ledger.State.HeadHash, LedgerSnapshot.Format, new MemoryStream(garbled));
        AssertSameState(LedgerState.Of(store.ReadAfter(0)), LedgerSnapshot.Open(store, saveAfter: int.MaxValue));
    }
}

public sealed class SqliteLedgerContract() : LedgerContract(new SqliteDatabase());

[Trait("Database", "PostgreSQL")]
public sealed class PostgresLedgerContract() : LedgerContract(new PostgresDatabase());
