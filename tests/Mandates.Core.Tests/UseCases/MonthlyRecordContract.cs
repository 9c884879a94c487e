using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// <see cref="MonthlyRecord"/> over the bundled record, without a host: one row per operation per month, its mandate
/// in force, the legal acts that mandate requires, its highest ceiling, reported and ledger strength.
/// </summary>
public abstract class MonthlyRecordContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? sessions;

    private Sessions Host => sessions ??= new(NewStore()) { User = "tester" };

    private MonthlyRecordResult Run(YearMonth? from = null, YearMonth? to = null)
    {
        using var session = Host.Open();
        return MonthlyRecord.Run(session, new MonthlyRecordRequest(from, to));
    }

    private static MonthRow Kfor(MonthlyRecordResult result, int year, int month) =>
        Assert.Single(result.Rows, r => r.Operation.Id.Value == "KFOR" && r.Month == new YearMonth(year, month));

    [Fact]
    public void A_month_in_which_the_ceiling_was_cut_shows_the_higher_ceiling_and_the_next_the_lower()
    {
        var result = Run(new YearMonth(2019, 5), new YearMonth(2019, 8));
        Assert.Equal(800, Kfor(result, 2019, 5).Ceiling);
        Assert.Equal("KFOR-2018", Kfor(result, 2019, 5).Mandate?.Id.Value);
        // The vote of 28 June 2019 cut the ceiling from 800 to 400: June's highest is still 800.
        Assert.Equal(800, Kfor(result, 2019, 6).Ceiling);
        Assert.Equal("KFOR-2019", Kfor(result, 2019, 6).Mandate?.Id.Value);
        Assert.Equal(400, Kfor(result, 2019, 7).Ceiling);
        Assert.Equal(["UNSCR 1244", "NAC decision of 30 January 1999"], Kfor(result, 2019, 7).LegalInstruments);
    }

    [Fact]
    public void Rows_run_from_each_operations_first_consent_to_the_month_of_today_by_month_then_operation()
    {
        var result = Run();
        Assert.Equal(new YearMonth(2025, 7), result.To);
        var kfor = result.Rows.Where(r => r.Operation.Id.Value == "KFOR").ToList();
        Assert.Equal(new YearMonth(1999, 6), kfor[0].Month);
        Assert.Equal(new YearMonth(2025, 7), kfor[^1].Month);
        Assert.Equal(kfor.Count, Period.Between(new LocalDate(1999, 6, 1), new LocalDate(2025, 7, 1),
            PeriodUnits.Months).Months + 1);
        Assert.Equal(result.Rows.OrderBy(r => r.Month).ThenBy(r => r.Operation.Id.Value, StringComparer.Ordinal),
            result.Rows);
        Assert.Equal(2350, Kfor(result, 2009, 9).ReportedStrength?.Persons);
        Assert.Null(Kfor(result, 2009, 10).ReportedStrength);
    }

    [Fact]
    public void A_month_without_a_mandate_in_force_has_no_mandate_and_no_ceiling()
    {
        // Every operation's months, from its first consent: one ended long ago has rows with nothing in force.
        var ended = Run(new YearMonth(2025, 7), new YearMonth(2025, 7)).Rows.Where(r => r.Mandate is null).ToList();
        Assert.NotEmpty(ended);
        Assert.All(ended, r =>
        {
            Assert.Null(r.Ceiling);
            Assert.Empty(r.LegalInstruments);
        });
    }

    [Fact]
    public void Ledger_strength_is_the_most_deployed_on_a_day_of_the_month()
    {
        using (var session = Host.Open())
            foreach (var (person, until) in new[] { ("P-1", 10), ("P-2", 20) })
                Assert.IsType<WriteOutcome.Written>(DeployTour.Run(session, new DeployTourRequest("KFOR",
                    new PersonId(person), "reconnaissance", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, until)))
                    .Outcome);
        var result = Run(new YearMonth(2025, 6), new YearMonth(2025, 8));
        Assert.Equal((0, 2, 0), (Kfor(result, 2025, 6).LedgerStrength, Kfor(result, 2025, 7).LedgerStrength,
            Kfor(result, 2025, 8).LedgerStrength));
    }

    [Fact]
    public void Months_ending_before_they_begin_are_a_problem_of_the_last_month()
    {
        var problem = Assert.Throws<ProblemException>(() => Run(new YearMonth(2025, 7), new YearMonth(2025, 6)));
        Assert.Equal(("to", "2025-06"), (problem.Problem.Field, problem.Problem.Value));
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryMonthlyRecordTests : MonthlyRecordContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
