using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// <see cref="BriefOperation"/> over the bundled record, without a host: each part of the § 6 ParlBG briefing is the
/// answer of the use case that owns it, about the same operation and day.
/// </summary>
public abstract class BriefOperationContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private BriefResult Run(string operation, LocalDate on)
    {
        using var session = new Sessions(NewStore()) { User = "tester" }.Open();
        return BriefOperation.Run(session, new BriefRequest(operation, on));
    }

    [Fact]
    public void The_briefing_on_KFOR_holds_its_mandate_in_force_legal_bases_deadlines_and_a_year_of_strength()
    {
        var brief = Run("kfor", new LocalDate(2025, 7, 1));
        Assert.Equal(("KFOR", "KFOR-2025"), (brief.Operation.Id.Value, brief.Show.InForce?.Id.Value));
        Assert.Equal(400, brief.Show.Ceiling?.Persons);
        Assert.Contains(brief.LegalBases, b => b.Act.Short == "UNSCR 1244" && b.Required && b.InForce);
        Assert.All(brief.LegalBases, b => Assert.True(b.InForce, b.Act.Short));
        Assert.Contains(brief.Deadlines.Deadlines, d => d.Deadline.Date == new LocalDate(2026, 6, 26));
        Assert.Equal(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2025, 7, 1)), brief.StrengthPeriod);
        Assert.Equal(brief.StrengthPeriod, brief.Strength.Period);
        Assert.Equal(brief.StrengthPeriod, brief.Chart.Period);
        Assert.Equal((0, 400), (brief.StrengthOnTheDay.Strength, brief.StrengthOnTheDay.Ceiling));
        Assert.Empty(brief.Audit.Violations);
    }

    [Fact]
    public void Before_the_operations_first_consent_the_strength_covers_the_day_alone_and_no_basis_is_named()
    {
        var brief = Run("KFOR", new LocalDate(1999, 1, 1));
        Assert.Null(brief.Show.Governing);
        Assert.Empty(brief.LegalBases);
        Assert.Equal(new DateInterval(new LocalDate(1999, 1, 1), new LocalDate(1999, 1, 1)), brief.StrengthPeriod);
    }

    [Fact]
    public void An_unknown_operation_is_a_problem_naming_the_operation()
    {
        var problem = Assert.Throws<ProblemException>(() => Run("NOPE", new LocalDate(2025, 7, 1))).Problem;
        Assert.Equal(("operation", "NOPE"), (problem.Field, problem.Value));
    }
}

public sealed class MemoryBriefOperationTests : BriefOperationContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
