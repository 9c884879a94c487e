using Mandates.Core.Problems;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// <see cref="ListDeadlines"/> over the bundled record, without a host: every deadline in a period, each with
/// its kind, operation, mandate, basis and the decision it waits for.
/// </summary>
public abstract class ListDeadlinesContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private DeadlinesResult Run(string? operation, LocalDate from, LocalDate? to)
    {
        using var session = new Sessions(NewStore()) { User = "tester" }.Open();
        return ListDeadlines.Run(session, new DeadlinesRequest(operation, from, to));
    }

    [Fact]
    public void Every_operations_deadlines_in_a_period_come_earliest_first_with_what_they_wait_for()
    {
        var found = Run(null, new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30));
        Assert.Equal(found.Deadlines.OrderBy(d => d.Deadline.Date), found.Deadlines);
        var end = Assert.Single(found.Deadlines,
            d => d.Deadline.Kind == DeadlineKinds.MandateEnds && d.Operation.Value == "ASPIDES");
        Assert.Equal((new LocalDate(2025, 10, 31), "ASPIDES-2025-01", true),
            (end.Deadline.Date, end.Deadline.Mandate.Value, end.Deadline.IsLegalLimit));
        Assert.Equal("the Bundestag's consent to a further motion for ASPIDES", end.Deadline.Awaits);
        var resubmission = Assert.Single(found.Deadlines,
            d => d.Operation.Value == "KFOR" && d.Deadline.Kind == DeadlineKinds.ResubmissionDue);
        Assert.Equal((new LocalDate(2026, 6, 26), false),
            (resubmission.Deadline.Date, resubmission.Deadline.IsLegalLimit));
        Assert.StartsWith("government undertaking of 2000-06-07", resubmission.Deadline.Basis);
        Assert.All(found.Deadlines,
            d => Assert.InRange(d.Deadline.Date, new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30)));
    }

    [Fact]
    public void A_mandate_taking_over_in_the_period_brings_its_own_limits()
    {
        // ASPIDES-2025-10's consent begins on 2025-11-01: its end (2026-10-31) is a deadline of the period too.
        var found = Run("aspides", new LocalDate(2025, 7, 1), new LocalDate(2026, 12, 31));
        Assert.All(found.Deadlines, d => Assert.Equal("ASPIDES", d.Operation.Value));
        Assert.Equal(["ASPIDES-2025-01", "ASPIDES-2025-10"], found.Deadlines
            .Where(d => d.Deadline.Kind == DeadlineKinds.MandateEnds).Select(d => d.Deadline.Mandate.Value));
    }

    [Fact]
    public void An_ended_mandate_has_no_deadline_left_as_if_current()
    {
        // ASPIDES-2025-10 ended on 2026-10-31; the Council decision it rested on runs to 2027-02-28, no longer its
        // limit.
        var found = Run("ASPIDES", new LocalDate(2026, 12, 7), null);
        Assert.Empty(found.Deadlines);
    }

    [Fact]
    public void A_resubmission_overdue_before_the_period_is_outstanding_not_a_deadline_in_it()
    {
        var found = Run("KFOR", new LocalDate(2010, 6, 1), new LocalDate(2010, 6, 5));
        var overdue = Assert.Single(found.Outstanding);
        Assert.Equal((DeadlineKinds.ResubmissionOverdue, new LocalDate(2010, 5, 28)),
            (overdue.Deadline.Kind, overdue.Deadline.Date));
        Assert.Empty(found.Deadlines);
    }

    [Fact]
    public void A_period_ending_before_it_begins_is_a_problem_of_its_last_day()
    {
        var problem = Assert.Throws<ProblemException>(
            () => Run(null, new LocalDate(2025, 7, 1), new LocalDate(2025, 6, 1)));
        Assert.Equal("to", problem.Problem.Field);
    }

    [Fact]
    public void An_unknown_operation_is_a_problem_of_the_operation_field()
    {
        var problem = Assert.Throws<ProblemException>(() => Run("NOPE", new LocalDate(2025, 7, 1), null));
        Assert.Equal("operation", problem.Problem.Field);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryListDeadlinesTests : ListDeadlinesContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
