using Mandates.Core.Law;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

public class LegalActTests
{
    private static readonly Source Test = new("test");

    private static LegalAct Act(LocalDate from, LocalDate? until, params ValidityChange[] changes) =>
        new(new LegalActId("act"), LegalActKind.UnSecurityCouncilResolution, "An act", "Act", from, from, until, changes.ToValueList(), Test);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2025-01-31", false)] // the day before it comes into force
    [InlineData("2025-02-01", true)]  // first day
    [InlineData("2025-06-30", true)]  // last day
    [InlineData("2025-07-01", false)] // the day after
    public void An_act_until_a_day_is_in_force_through_that_day(string day, bool inForce) =>
        Assert.Equal(inForce, Act(D(2025, 2, 1), D(2025, 6, 30)).IsInForceOn(LocalDate.FromDateTime(DateTime.Parse(day))));

    [Theory]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void An_extension_decided_while_in_force_moves_the_end(string day, bool inForce) =>
        Assert.Equal(inForce, Act(D(2025, 2, 1), D(2025, 6, 30), new ValidityChange(D(2025, 6, 20), ValidityChangeKind.Extended, D(2026, 6, 30)))
            .IsInForceOn(LocalDate.FromDateTime(DateTime.Parse(day))));

    [Theory]
    [InlineData("2025-07-01", false)] // the gap between lapse and renewal
    [InlineData("2025-07-09", false)]
    [InlineData("2025-07-10", true)]  // back in force on the day of the new decision
    public void An_extension_decided_after_a_lapse_leaves_a_gap(string day, bool inForce) =>
        Assert.Equal(inForce, Act(D(2025, 2, 1), D(2025, 6, 30), new ValidityChange(D(2025, 7, 10), ValidityChangeKind.Extended, D(2026, 6, 30)))
            .IsInForceOn(LocalDate.FromDateTime(DateTime.Parse(day))));

    [Theory]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void A_termination_ends_an_open_ended_act_after_its_last_day(string day, bool inForce) =>
        Assert.Equal(inForce, Act(D(1999, 6, 10), null, new ValidityChange(D(2026, 3, 15), ValidityChangeKind.Terminated, D(2026, 3, 31)))
            .IsInForceOn(LocalDate.FromDateTime(DateTime.Parse(day))));

    [Theory]
    [InlineData("2025-03-31", true)]
    [InlineData("2025-04-10", true)]  // renewed after a gap: in force again
    public void A_renewed_act_is_in_force_but_a_consent_rests_only_on_the_period_it_began_in(string day, bool inForce)
    {
        var act = Act(D(2025, 1, 1), D(2025, 3, 31), new ValidityChange(D(2025, 4, 10), ValidityChangeKind.Extended, null));
        var date = LocalDate.FromDateTime(DateTime.Parse(day));
        Assert.Equal(inForce, act.IsInForceOn(date));
        Assert.Equal(new DateInterval(D(2025, 1, 1), D(2025, 3, 31)), act.PeriodReaching(D(2025, 2, 1)));
        Assert.Equal(D(2025, 4, 10), act.PeriodReaching(D(2025, 4, 5))!.Start);
    }

    [Fact]
    public void An_extension_after_a_full_termination_starts_a_new_period() =>
        Assert.True(Act(D(2025, 1, 1), null,
                new ValidityChange(D(2025, 2, 1), ValidityChangeKind.Terminated, D(2025, 1, 1)),
                new ValidityChange(D(2025, 3, 1), ValidityChangeKind.Extended, null))
            .IsInForceOn(D(2025, 3, 1)));

    [Fact]
    public void A_termination_needs_a_last_day() =>
        Assert.Throws<ArgumentException>(() => new ValidityChange(D(2026, 1, 1), ValidityChangeKind.Terminated, null));

    [Fact]
    public void Changes_out_of_date_order_are_a_programming_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Act(D(2025, 1, 1), null,
            new ValidityChange(D(2026, 1, 1), ValidityChangeKind.Extended, null),
            new ValidityChange(D(2025, 6, 1), ValidityChangeKind.Terminated, D(2025, 12, 31))));
        Assert.Contains("date order", e.Message);
    }
}

public class SittingCalendarTests
{
    private static LocalDate D(int m, int d) => new(2025, m, d);

    private static readonly SittingCalendar Calendar = new(new Source("test"), ValueList.Of(
        new SittingWeek(D(5, 19), D(5, 23), ValueList.Of(D(5, 21), D(5, 22), D(5, 23))),
        new SittingWeek(D(6, 2), D(6, 6), ValueList.Of(D(6, 4), D(6, 5), D(6, 6)))));

    [Fact]
    public void The_second_sitting_day_after_a_day_counts_only_sitting_days_strictly_after_it()
    {
        Assert.Equal(D(5, 22), Calendar.NthSittingDayAfter(D(5, 20), 2));
        Assert.Equal(D(5, 23), Calendar.NthSittingDayAfter(D(5, 21), 2));
        Assert.Equal(D(6, 4), Calendar.NthSittingDayAfter(D(5, 22), 2));
        Assert.Null(Calendar.NthSittingDayAfter(D(6, 5), 2));
    }

    [Fact]
    public void Before_its_first_week_the_calendar_cannot_count_sitting_days()
    {
        Assert.Null(Calendar.NthSittingDayAfter(D(5, 18), 2));
        Assert.Null(Calendar.EndOfSittingWeekFollowing(D(5, 1)));
        Assert.Equal(D(5, 22), Calendar.NthSittingDayAfter(D(5, 19), 2));
    }

    [Fact]
    public void Weeks_out_of_order_are_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new SittingCalendar(new Source("test"), ValueList.Of(
            new SittingWeek(D(6, 2), D(6, 6), ValueList.Of(D(6, 4))),
            new SittingWeek(D(5, 19), D(5, 23), ValueList.Of(D(5, 21))))));

    [Fact]
    public void The_sitting_week_following_a_day_is_the_next_one_to_begin()
    {
        Assert.Equal(D(6, 6), Calendar.EndOfSittingWeekFollowing(D(5, 21)));
        Assert.Equal(D(6, 6), Calendar.EndOfSittingWeekFollowing(D(5, 19)));
        Assert.Null(Calendar.EndOfSittingWeekFollowing(D(6, 2)));
    }

    [Fact]
    public void A_sitting_day_outside_its_week_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new SittingWeek(D(5, 19), D(5, 23), ValueList.Of(D(5, 24))));
}
