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
        var none = Assert.IsType<WriteOutcome.Invalid>(ledger.EndTour(new PersonId("P-00001"), July.PlusDays(9), null));
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
}

public sealed class SqliteLedgerContract() : LedgerContract(new SqliteDatabase());

[Trait("Database", "PostgreSQL")]
public sealed class PostgresLedgerContract() : LedgerContract(new PostgresDatabase());
