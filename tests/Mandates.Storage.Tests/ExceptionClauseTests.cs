using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Mandates.Storage.Tests;

/// <summary>
/// Ceiling exceptions and the tasks a mandate lists, across tours and across the law's changes: what
/// deploy lets through and what the audit then finds must agree, whatever order tours came in.
/// </summary>
public sealed class ExceptionClauseTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    /// <summary>TST: a ceiling of 3; rotation allows 1 more for up to <paramref name="rotationDays"/> days, emergency 2 more for up to <paramref name="emergencyDays"/>. From 2025-06-20 TST-2 lists only task b.</summary>
    private static Authoriser Law(int rotationDays = 5, bool withTst2 = true, int emergencyDays = 3) =>
        LawOfTst(Mandate("TST-1", "2025-01-10", "a", Clause("rotation", 1, rotationDays), Clause("emergency", 2, emergencyDays)),
            withTst2 ? Mandate("TST-2", "2025-06-20", "b") : "");

    /// <summary>The law of the operation TST, with the mandates given (see <see cref="Mandate(string, string, string, string[])"/>).</summary>
    private static Authoriser LawOfTst(params string[] mandates) => new(RecordLoader.Load([new RecordFile("operations/tst.yaml",
        "id: TST\nname: A test operation\nlead: UN\nsource: test\nmandates:\n" + string.Concat(mandates))]).Record!);

    /// <summary>A mandate of TST with a ceiling of 3, consented to on <paramref name="vote"/>, listing one task, with the exception clauses given.</summary>
    private static string Mandate(string id, string vote, string task, params string[] clauses) => Mandate(id, vote, task, 3, clauses);

    /// <summary>A mandate of TST with the ceiling given.</summary>
    private static string Mandate(string id, string vote, string task, int ceiling, params string[] clauses) =>
        $"  - id: {id}\n    procedure: regular\n    source: test\n    vote: {{date: {vote}, result: adopted}}\n    end: open\n    ceiling: {ceiling}\n"
        + (clauses.Length > 0 ? $"    ceiling-exceptions: [{string.Join(", ", clauses)}]\n" : "")
        + $"    tasks: [{{key: {task}, title: Task {task}}}]\n";

    private static string Clause(string kind, int extraPersons, int maxDays) => $"{{kind: {kind}, extra-persons: {extraPersons}, max-days: {maxDays}, source: test}}";

    private static readonly OperationId Tst = new("TST");

    private static LocalDate D(int month, int day) => new(2025, month, day);

    private TourLedger Ledger(IEventStore store, Authoriser law) => new(store, law, new FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0)), "clerk");

    private static DeployRequest Tour(string person, LocalDate from, LocalDate until, CeilingExceptionKind? exception = null, string task = "a") =>
        new(Tst, new PersonId(person), task, from, until) { Exception = exception };

    private static void Written(WriteOutcome outcome) => Assert.IsType<WriteOutcome.Written>(outcome);

    /// <summary>Three tours (to 30 April unless said): the ceiling of 3 reached, so any more rely on an exception.</summary>
    private static void AtTheCeiling(TourLedger ledger, LocalDate from, LocalDate? until = null) => Serving(ledger, 3, from, until ?? D(4, 30));

    /// <summary>Tours of P-1 to P-<paramref name="persons"/>, none relying on an exception, on the same days.</summary>
    private static void Serving(TourLedger ledger, int persons, LocalDate from, LocalDate until)
    {
        for (var n = 1; n <= persons; n++) Written(ledger.Deploy(Tour($"P-{n}", from, until)));
    }

    private static Decision Refused(WriteOutcome outcome) => Assert.IsType<WriteOutcome.Refused>(outcome).Decision;

    [Fact]
    public void An_exception_counts_every_consecutive_day_over_the_ceiling_not_only_the_new_tours()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law());
        AtTheCeiling(ledger, from: D(2, 1));
        Written(ledger.Deploy(Tour("P-R1", D(3, 1), D(3, 5), CeilingExceptionKind.Rotation)));
        // Days 6 to 10 would make ten days in a row above the ceiling: the clause allows five.
        var refused = Refused(ledger.Deploy(Tour("P-R2", D(3, 6), D(3, 10), CeilingExceptionKind.Rotation)));
        Assert.Contains("exceeded on 10 consecutive days (through 2025-03-10)", refused.For(Rulebook.Ceiling).Reason);
        // So would 25 to 28 February, the run after them counted too.
        Assert.Contains("exceeded on 9 consecutive days (through 2025-03-05)",
            Refused(ledger.Deploy(Tour("P-R3", D(2, 25), D(2, 28), CeilingExceptionKind.Rotation))).For(Rulebook.Ceiling).Reason);
        // A day's gap starts the count afresh.
        Written(ledger.Deploy(Tour("P-R4", D(3, 7), D(3, 11), CeilingExceptionKind.Rotation)));
        Assert.Empty(Audit.Run(Law(), ledger.State));
    }

    [Fact]
    public void The_audit_finds_a_run_over_the_ceiling_longer_than_the_clause_allows_though_each_tour_is_within_it()
    {
        using var store = database.Open();
        // Written under a clause of 30 days; the law as now known allows 5.
        var ledger = Ledger(store, Law(rotationDays: 30));
        AtTheCeiling(ledger, from: D(3, 1));
        Written(ledger.Deploy(Tour("P-R1", D(3, 1), D(3, 5), CeilingExceptionKind.Rotation)));
        Written(ledger.Deploy(Tour("P-R2", D(3, 6), D(3, 10), CeilingExceptionKind.Rotation)));
        Written(ledger.Deploy(Tour("P-R3", D(3, 11), D(3, 15), CeilingExceptionKind.Rotation)));
        Assert.Empty(Audit.Run(Law(rotationDays: 30), ledger.State));

        var violation = Assert.Single(Audit.Run(Law(), ledger.State));
        Assert.Equal(Rulebook.Ceiling.Id, violation.Rule);
        Assert.Equal(new DateInterval(D(3, 1), D(3, 15)), violation.Days);
        Assert.Contains("15 consecutive days", violation.Cause);
        Assert.Contains("covers at most 5", violation.Cause);
    }

    [Fact]
    public void A_run_is_judged_under_the_clauses_of_the_tours_serving_in_it_not_of_tours_elsewhere()
    {
        using var store = database.Open();
        // Written under a rotation clause of 3 days; the law as now known allows 2.
        var ledger = Ledger(store, Law(rotationDays: 3, emergencyDays: 10));
        AtTheCeiling(ledger, from: D(3, 1));
        Written(ledger.Deploy(Tour("P-R1", D(3, 10), D(3, 12), CeilingExceptionKind.Rotation)));
        var before = Assert.Single(Audit.Run(Law(rotationDays: 2, emergencyDays: 10), ledger.State));
        Assert.Equal(new DateInterval(D(3, 10), D(3, 12)), before.Days);
        Assert.Contains("the rotation exception of TST-1, covers at most 2", before.Cause);

        // An emergency tour in April, a run of its own, changes nothing about March.
        Written(ledger.Deploy(Tour("P-E1", D(4, 1), D(4, 3), CeilingExceptionKind.Emergency)));
        Assert.Equal([before], Audit.Run(Law(rotationDays: 2, emergencyDays: 10), ledger.State));

        // An emergency tour carrying the March run on is judged with it: the run of 10 days is within the emergency clause.
        Written(ledger.Deploy(Tour("P-E2", D(3, 13), D(3, 19), CeilingExceptionKind.Emergency)));
        Assert.Empty(Audit.Run(Law(rotationDays: 2, emergencyDays: 10), ledger.State));
    }

    [Fact]
    public void A_run_across_a_change_of_mandate_is_judged_by_deploy_and_audit_alike()
    {
        // TST-1 allows rotation for 3 days; TST-2, from 2025-06-20, for 10.
        var law = LawOfTst(Mandate("TST-1", "2025-01-10", "a", Clause("rotation", 1, 3)), Mandate("TST-2", "2025-06-20", "a", Clause("rotation", 1, 10)));
        using var store = database.Open();
        var ledger = Ledger(store, law);
        AtTheCeiling(ledger, from: D(6, 1), until: D(7, 31));
        Written(ledger.Deploy(Tour("P-R1", D(6, 17), D(6, 19), CeilingExceptionKind.Rotation)));
        // Ten days in a row from 17 June, within TST-2's clause that governs the new days.
        Written(ledger.Deploy(Tour("P-R2", D(6, 20), D(6, 26), CeilingExceptionKind.Rotation)));
        Assert.Empty(Audit.Run(law, ledger.State));
        // An eleventh is beyond any clause: refused.
        Refused(ledger.Deploy(Tour("P-R3", D(6, 27), D(6, 27), CeilingExceptionKind.Rotation)));
    }

    [Fact]
    public void A_tours_clause_is_the_one_of_the_mandate_governing_its_own_days()
    {
        // Emergency allows 10 days under TST-1, and under TST-2 (from 20 June) 10 when written, 5 as now known.
        Authoriser Law(int emergencyUnderTst2) => LawOfTst(
            Mandate("TST-1", "2025-01-10", "a", Clause("rotation", 1, 3), Clause("emergency", 1, 10)),
            Mandate("TST-2", "2025-06-20", "a", Clause("rotation", 1, 3), Clause("emergency", 1, emergencyUnderTst2)));
        using var store = database.Open();
        var ledger = Ledger(store, Law(10));
        AtTheCeiling(ledger, from: D(6, 1), until: D(7, 31));
        Written(ledger.Deploy(Tour("P-R1", D(6, 17), D(6, 19), CeilingExceptionKind.Rotation)));
        Written(ledger.Deploy(Tour("P-E1", D(6, 20), D(6, 26), CeilingExceptionKind.Emergency)));
        Assert.Empty(Audit.Run(Law(10), ledger.State));

        // The emergency tour serves under TST-2 only: TST-1's 10 days do not cover the run of 10.
        var violation = Assert.Single(Audit.Run(Law(5), ledger.State));
        Assert.Equal(new DateInterval(D(6, 17), D(6, 26)), violation.Days);
        Assert.Contains("the emergency exception of TST-2, covers at most 5", violation.Cause);
    }

    [Fact]
    public void A_correction_asks_the_law_only_about_the_days_it_adds()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law(emergencyDays: 10));
        AtTheCeiling(ledger, from: D(3, 1));
        Written(ledger.Deploy(Tour("P-E1", D(3, 10), D(3, 12), CeilingExceptionKind.Emergency)));
        var first = ledger.State.ToursOf(new PersonId("P-1")).Single().StartedAt;
        // A start recorded a day early: the tour gives up a day and adds none, though an emergency tour keeps others over the ceiling.
        Written(ledger.Correct(new(first, D(3, 2), D(4, 30), Cancel: false, "arrived a day later", null)));
        // Running on past its end adds days, and those are asked about: the ceiling is reached there.
        Written(ledger.Deploy(Tour("P-4", D(5, 1), D(5, 31))));
        Written(ledger.Deploy(Tour("P-5", D(5, 1), D(5, 31))));
        Written(ledger.Deploy(Tour("P-6", D(5, 1), D(5, 31))));
        Assert.Equal(Outcome.NotMet, Refused(ledger.Correct(new(first, D(3, 2), D(5, 2), Cancel: false, "served on", null))).For(Rulebook.Ceiling).Outcome);
        Assert.Empty(Audit.Run(Law(emergencyDays: 10), ledger.State));
    }

    [Fact]
    public void A_correction_adding_days_on_both_sides_counts_the_whole_run_over_the_ceiling()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law(rotationDays: 5));
        AtTheCeiling(ledger, from: D(3, 1));
        Written(ledger.Deploy(Tour("P-R1", D(3, 10), D(3, 12), CeilingExceptionKind.Rotation)));
        var rotation = ledger.State.ToursOf(new PersonId("P-R1")).Single().StartedAt;
        // Two days more on each side: each side alone makes a run of 5, but the tour would be over the ceiling 7 days in a row.
        var refused = Refused(ledger.Correct(new(rotation, D(3, 8), D(3, 14), Cancel: false, "arrived earlier, left later", null)));
        Assert.Contains("exceeded on 7 consecutive days (through 2025-03-14)", refused.For(Rulebook.Ceiling).Reason);
        // One day on each side makes 5: within the clause.
        Written(ledger.Correct(new(rotation, D(3, 9), D(3, 13), Cancel: false, "arrived earlier, left later", null)));
        Assert.Empty(Audit.Run(Law(rotationDays: 5), ledger.State));
    }

    [Fact]
    public void Days_over_the_ceiling_that_no_clause_covers_are_not_counted_against_a_clause_again()
    {
        // Written under a ceiling of 5; the law as now known has 4, with a transfer clause of 2 more for 3 days.
        Authoriser Law(int ceiling) => LawOfTst(Mandate("TST-1", "2025-01-10", "a", ceiling, Clause("transfer", 2, 3)));
        using var store = database.Open();
        var ledger = Ledger(store, Law(5));
        Serving(ledger, 4, D(10, 1), D(10, 31));
        Written(ledger.Deploy(Tour("P-5", D(10, 15), D(10, 31))));
        Written(ledger.Deploy(Tour("P-T", D(10, 14), D(10, 14), CeilingExceptionKind.Transfer)));

        // On the 14th the transfer clause covers the one over; from the 15th nothing does. One violation, not a
        // second one blaming the clause for a run of 18 days it was relied on for one of.
        var violation = Assert.Single(Audit.Run(Law(4), ledger.State));
        Assert.Equal(new DateInterval(D(10, 15), D(10, 31)), violation.Days);
        Assert.StartsWith("at most 5 deployed > 4, the ceiling of TST-1", violation.Cause);

        // The same on the other side of the days no clause covers: the transfer on the 18th, after them.
        using var another = new SqliteDatabase();
        using var mirrored = another.Open();
        var other = Ledger(mirrored, Law(5));
        Serving(other, 4, D(10, 1), D(10, 31));
        Written(other.Deploy(Tour("P-5", D(10, 1), D(10, 17))));
        Written(other.Deploy(Tour("P-T", D(10, 18), D(10, 18), CeilingExceptionKind.Transfer)));
        Assert.Equal(new DateInterval(D(10, 1), D(10, 17)), Assert.Single(Audit.Run(Law(4), other.State)).Days);
    }

    [Fact]
    public void A_row_of_days_of_different_strength_states_the_most_that_served_under_each_mandate()
    {
        // Written under ceilings of 10; as now known TST-1 allows 3, TST-2 (from 20 June) 2, and a transfer of 1 more.
        Authoriser Law(int first, int second) => LawOfTst(Mandate("TST-1", "2025-01-10", "a", first, Clause("transfer", 1, 10)), Mandate("TST-2", "2025-06-20", "a", second, Clause("transfer", 1, 10)));
        using var store = database.Open();
        var ledger = Ledger(store, Law(10, 10));
        Serving(ledger, 5, D(6, 1), D(6, 30));
        Written(ledger.Deploy(Tour("P-6", D(6, 10), D(6, 12))));
        Written(ledger.Deploy(Tour("P-7", D(6, 22), D(6, 24))));
        Written(ledger.Deploy(Tour("P-T", D(6, 11), D(6, 12), CeilingExceptionKind.Transfer)));

        var rows = Audit.Run(Law(3, 2), ledger.State);
        Assert.Equal([new DateInterval(D(6, 1), D(6, 19)), new DateInterval(D(6, 20), D(6, 30))], rows.Select(v => v.Days));
        // Each row the most that served in it, its own mandate and last day; no clause named for days no tour relied on it.
        Assert.StartsWith("at most 7 deployed > 3, the ceiling of TST-1, from 2025-06-01 to 2025-06-19;", rows[0].Cause);
        Assert.StartsWith("at most 6 deployed > 2, the ceiling of TST-2, from 2025-06-20 to 2025-06-30;", rows[1].Cause);
        Assert.All(rows, v => Assert.DoesNotContain("plus its transfer exception", v.Cause));
    }

    [Fact]
    public void A_clause_is_measured_under_the_mandate_of_the_days_it_was_relied_on()
    {
        // Written under TST-1 with a ceiling of 5; as now known TST-1 allows 3, and TST-2 (from 20 June) a rotation for 3 days only.
        Authoriser Law(int first, int rotationDaysOfSecond) => LawOfTst(Mandate("TST-1", "2025-01-10", "a", first, Clause("rotation", 1, 10)),
            Mandate("TST-2", "2025-06-20", "a", 3, Clause("rotation", 1, rotationDaysOfSecond)));
        using var store = database.Open();
        var ledger = Ledger(store, Law(5, 10));
        Serving(ledger, 3, D(6, 1), D(7, 31));
        Written(ledger.Deploy(Tour("P-4", D(6, 11), D(6, 19))));
        Written(ledger.Deploy(Tour("P-R", D(6, 11), D(6, 26), CeilingExceptionKind.Rotation)));
        Assert.Empty(Audit.Run(Law(5, 10), ledger.State));

        // Under TST-1 the rotation covers nothing (two over, one allowed); it is relied on under TST-2 for 7 days, against 3.
        var violations = Audit.Run(Law(3, 3), ledger.State);
        Assert.Equal([new DateInterval(D(6, 11), D(6, 19)), new DateInterval(D(6, 11), D(6, 26))], violations.Select(v => v.Days));
        Assert.Contains("the rotation exception of TST-2, covers at most 3", violations[1].Cause);
    }

    [Fact]
    public void A_violation_is_one_row_across_a_change_of_the_law_that_does_not_change_what_it_says()
    {
        var written = LawOfTst(Mandate("TST-1", "2025-01-10", "a", 10));
        // Revoked from 1 June; a later motion, rejected on 1 August, changes the law that day but not the revocation.
        var revoked = LawOfTst(Mandate("TST-1", "2025-01-10", "a", 10) + "    revocation: {decided: 2025-05-25, effective: 2025-06-01}\n",
            Mandate("TST-2", "2025-08-01", "a", 10).Replace("result: adopted", "result: rejected"));
        using var store = database.Open();
        var ledger = Ledger(store, written);
        Serving(ledger, 2, D(5, 1), D(10, 31));

        var violation = Assert.Single(Audit.Run(revoked, ledger.State));
        Assert.Equal((Rulebook.NotRevoked.Id, new DateInterval(D(6, 1), D(10, 31))), (violation.Rule, violation.Days));
    }

    [Fact]
    public void Two_exceptions_on_the_same_days_are_judged_alike_by_deploy_and_audit_whichever_came_first()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law());
        AtTheCeiling(ledger, from: D(3, 1));
        Written(ledger.Deploy(Tour("P-R1", D(3, 10), D(3, 12), CeilingExceptionKind.Rotation)));
        // 5 = 3 + 2: within the emergency clause.
        Written(ledger.Deploy(Tour("P-E1", D(3, 10), D(3, 12), CeilingExceptionKind.Emergency)));
        Assert.Empty(Audit.Run(Law(), ledger.State));

        // The other way round, deploy judges the rotation under its own clause (3 + 1) and refuses: never
        // more than the audit allows.
        using var other = new SqliteDatabase();
        using var otherStore = other.Open();
        var reversed = Ledger(otherStore, Law());
        AtTheCeiling(reversed, from: D(3, 1));
        Written(reversed.Deploy(Tour("P-E1", D(3, 10), D(3, 12), CeilingExceptionKind.Emergency)));
        Assert.Contains("plus its rotation exception (1)", Refused(reversed.Deploy(Tour("P-R1", D(3, 10), D(3, 12), CeilingExceptionKind.Rotation))).For(Rulebook.Ceiling).Reason);
        Assert.Empty(Audit.Run(Law(), reversed.State));
    }

    [Fact]
    public void A_tour_relying_on_a_clause_the_mandate_does_not_provide_is_refused_even_within_the_ceiling()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law());
        var refused = Refused(ledger.Deploy(Tour("P-1", D(3, 1), D(3, 5), CeilingExceptionKind.Transfer)));
        Assert.Equal("The request relies on a transfer exception, which TST-1 does not provide (it provides rotation, emergency), from 2025-03-01 to 2025-03-05; a tour within the ceiling needs no exception.",
            refused.For(Rulebook.Ceiling).Reason);
        Written(ledger.Deploy(Tour("P-1", D(3, 1), D(3, 5))));
    }

    [Fact]
    public void The_audit_names_only_the_days_on_which_the_governing_mandate_does_not_list_a_tours_task()
    {
        using var store = database.Open();
        var ledger = Ledger(store, Law());
        // Lawful when written: TST-1 listed task a, and TST-2 was not yet consented to (written under a law without it).
        Written(Ledger(store, Law(withTst2: false)).Deploy(Tour("P-T1", D(5, 1), D(7, 31))));

        var violation = Assert.Single(Audit.Run(Law(), ledger.State));
        Assert.Equal(Rulebook.Task.Id, violation.Rule);
        Assert.Equal(new DateInterval(D(6, 20), D(7, 31)), violation.Days);
        Assert.Contains("TST-2", violation.Cause);
    }
}
