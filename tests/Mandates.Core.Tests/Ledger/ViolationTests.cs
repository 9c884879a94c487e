using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.Ledger;

/// <summary>A violation's cause is written for its days last; an open end is said as such, not as a date.</summary>
public class ViolationTests
{
    private static readonly Saying Over = Saying.Of($"{DaysWord.AtMost}3 deployed > 2, {DaysWord.When}.");

    private static Violation On(LocalDate from, LocalDate to) =>
        new(new OperationId("TST"), new DateInterval(from, to), Rulebook.Ceiling.Id, Over);

    [Fact]
    public void Days_that_run_to_the_last_counted_day_are_said_to_run_on()
    {
        var from = new LocalDate(2025, 7, 1);
        var open = On(from, StrengthIndex.LastDay);
        Assert.Equal("at most 3 deployed > 2, from 2025-07-01 onwards.", open.CauseWithOpenEnd);
        Assert.Equal($"at most 3 deployed > 2, from 2025-07-01 to {Days.Format(StrengthIndex.LastDay)}.", open.Cause);
    }

    [Fact]
    public void Days_that_end_before_it_are_said_as_they_are()
    {
        var closed = On(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1));
        Assert.Equal("3 deployed > 2, on 2025-07-01.", closed.CauseWithOpenEnd);
        Assert.Equal(closed.Cause, closed.CauseWithOpenEnd);
    }
}
