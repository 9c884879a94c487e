using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Testing;

namespace Mandates.Storage.Tests;

/// <summary>
/// For any sequence of deploys, end-tours and corrections against a small, tight mandate (on a real
/// SQLite file): the audit finds nothing the append path let through, and the ledger as recorded at any
/// past instant is what a query at that instant saw.
/// </summary>
public class LedgerProperties
{
    private static readonly Lazy<LegalRecord> Record = new(() => RecordLoader.Load([new RecordFile("operations/tight.yaml", """
        id: TIGHT
        name: A tight test deployment
        lead: UN
        source: test
        mandates:
          - id: TIGHT-1
            procedure: regular
            source: test
            vote: {date: 2025-01-01, result: adopted}
            end: 2025-03-31
            ceiling: 4
            ceiling-exceptions: [{kind: rotation, extra-persons: 1, max-days: 5}]
            tasks: [{key: guard, title: Guard}]
          - id: TIGHT-2
            procedure: regular
            source: test
            vote: {date: 2025-02-15, result: adopted}
            end: 2025-06-30
            ceiling: 3
            tasks: [{key: guard, title: Guard}]
        """)]).Record!);

    private static readonly LocalDate Start = new(2025, 1, 1);

    public abstract record Step;
    public sealed record DeployStep(int Person, int From, int? Length, bool Rotation, bool BadTask) : Step;
    public sealed record EndStep(int Person, int Day) : Step;
    public sealed record CorrectStep(int Tour, int From, int? Length, bool Cancel) : Step;

    private static Gen<Step> Steps =>
        Gen.OneOf(
            (from person in Gen.Choose(0, 7)
             from start in Gen.Choose(0, 170)
             from length in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 60).Select(n => (int?)n))
             from rotation in Gen.Elements(false, false, true)
             from bad in Gen.Elements(false, false, false, true)
             select (Step)new DeployStep(person, start, length, rotation, bad)),
            (from person in Gen.Choose(0, 7)
             from day in Gen.Choose(0, 180)
             select (Step)new EndStep(person, day)),
            (from tour in Gen.Choose(1, 30)
             from start in Gen.Choose(0, 170)
             from length in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 60).Select(n => (int?)n))
             from cancel in Gen.Elements(false, true)
             select (Step)new CorrectStep(tour, start, length, cancel)));

    [Property(MaxTest = 40)]
    public Property Audit_finds_nothing_the_append_path_let_through_and_the_past_is_as_it_was_seen() =>
        Prop.ForAll(Steps.ListOf().Select(l => l.ToList()).ToArbitrary(), steps =>
        {
            using var database = new SqliteDatabase();
            using var store = database.Open();
            var clock = new FakeClock(Instant.FromUtc(2025, 1, 1, 8, 0));
            var ledger = new TourLedger(store, new Authoriser(Record.Value), clock, "clerk");
            var op = new OperationId("TIGHT");
            var window = new DateInterval(Start, Start.PlusDays(200));
            var seen = new List<(Instant At, int[] Strength)>();

            foreach (var (step, i) in steps.Select((s, i) => (s, i)))
            {
                // Halfway, a snapshot: "as recorded at" a later instant may start from it, an earlier one may not.
                if (i == steps.Count / 2) LedgerSnapshot.Save(store, ledger.State);
                clock.AdvanceMinutes(1);
                _ = step switch
                {
                    DeployStep d => ledger.Deploy(new DeployRequest(op, Person(d.Person), d.BadTask ? "sabotage" : "guard",
                        Start.PlusDays(d.From), d.Length is { } n ? Start.PlusDays(d.From + n) : null)
                        { Exception = d.Rotation ? CeilingExceptionKind.Rotation : null }),
                    EndStep e => ledger.EndTour(Person(e.Person), Start.PlusDays(e.Day), null),
                    CorrectStep c => ledger.Correct(new(c.Tour, Start.PlusDays(c.From), c.Length is { } n ? Start.PlusDays(c.From + n) : null, c.Cancel, "test", null)),
                    _ => throw new InvalidOperationException(),
                };
                clock.AdvanceSeconds(30);
                seen.Add((clock.GetCurrentInstant(), Snapshot(ledger.State.StrengthOf(op), window)));
            }

            var violations = Audit.Run(new Authoriser(Record.Value), ledger.State);
            if (violations.Count > 0)
                throw new Xunit.Sdk.XunitException("the audit found what the append path let through:\n" + string.Join("\n", violations));
            var entries = store.ReadAfter(0).ToList();
            foreach (var (at, strength) in seen)
            {
                if (!Snapshot(LedgerState.AsRecordedAt(entries, at).StrengthOf(op), window).SequenceEqual(strength))
                    throw new Xunit.Sdk.XunitException($"the ledger as recorded at {at} differs from what was seen then");
                var (_, fold) = LedgerSnapshot.PrepareAsRecordedAt(store, at, ledger.State);
                if (!Snapshot(fold(null).StrengthOf(op), window).SequenceEqual(strength))
                    throw new Xunit.Sdk.XunitException($"the store's ledger as recorded at {at} differs from what was seen then");
            }
            // At the very instant an entry was recorded, it is part of the ledger as recorded then.
            foreach (var at in entries.Select(e => e.RecordedAt).Distinct())
                if (LedgerSnapshot.PrepareAsRecordedAt(store, at, ledger.State).Fold(null).Head != LedgerState.AsRecordedAt(entries, at).Head)
                    throw new Xunit.Sdk.XunitException($"the store's ledger as recorded at {at}, when an entry was recorded, leaves it out");
            return ChainVerification.Verify(entries).Intact;
        });

    private static PersonId Person(int n) => new($"P-{n:D4}");

    private static int[] Snapshot(IStrength strength, DateInterval window) =>
        Enumerable.Range(0, window.Length).Select(i => strength.On(window.Start.PlusDays(i))).ToArray();
}
