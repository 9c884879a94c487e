using Mandates.Core.Law;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.Law;

/// <summary>
/// The day-range rules at each boundary of a stretch from 2025-06-10 to 2025-06-20: the day before it,
/// its first day, its last day and the day after it.
/// </summary>
public class DayRangesTests
{
    private static readonly DateInterval June = Span("2025-06-10", "2025-06-20");

    private static LocalDate Day(string text) => Days.Parse(text)!.Value;

    private static DateInterval Span(string from, string to) => new(Day(from), Day(to));

    private static string Show(IEnumerable<DateInterval> spans) => string.Join(" ", spans.Select(Show));

    private static string Show(DateInterval? span) =>
        span is { } s ? $"{Days.Format(s.Start)}..{Days.Format(s.End)}" : "none";

    [Theory]
    [InlineData("2025-06-09", "2025-06-10..2025-06-20")]                       // the day before: outside, no cut
    [InlineData("2025-06-10", "2025-06-10..2025-06-20")]                       // the first day: nothing before it
    [InlineData("2025-06-11", "2025-06-10..2025-06-10 2025-06-11..2025-06-20")] // the second day: the first alone
    [InlineData("2025-06-20", "2025-06-10..2025-06-19 2025-06-20..2025-06-20")] // the last day: it alone
    [InlineData("2025-06-21", "2025-06-10..2025-06-20")]                       // the day after: outside, no cut
    public void A_period_is_cut_before_each_day_inside_it_after_its_first(string cut, string parts) =>
        Assert.Equal(parts, Show(DayRanges.Cut(June, [Day(cut)])));

    [Fact]
    public void Cuts_may_repeat_and_lie_on_both_sides()
    {
        var cuts = new[] { "2025-06-01", "2025-06-10", "2025-06-15", "2025-06-15", "2025-06-25" }.Select(Day);
        Assert.Equal("2025-06-10..2025-06-14 2025-06-15..2025-06-20", Show(DayRanges.Cut(June, cuts)));
    }

    [Fact]
    public void A_one_day_period_is_never_cut() =>
        Assert.Equal("2025-06-10..2025-06-10",
            Show(DayRanges.Cut(Span("2025-06-10", "2025-06-10"), [Day("2025-06-10"), Day("2025-06-11")])));

    [Theory]
    [InlineData("2025-06-01", "2025-06-09", "none")]                  // ends the day before
    [InlineData("2025-06-01", "2025-06-10", "2025-06-10..2025-06-10")] // ends on the first day
    [InlineData("2025-06-20", "2025-06-30", "2025-06-20..2025-06-20")] // starts on the last day
    [InlineData("2025-06-21", "2025-06-30", "none")]                  // starts the day after
    [InlineData("2025-06-12", "2025-06-14", "2025-06-12..2025-06-14")] // inside
    public void Two_stretches_overlap_on_the_days_both_hold(string from, string to, string overlap) =>
        Assert.Equal(overlap, Show(DayRanges.Overlap(June, Span(from, to))));

    [Theory]
    // The day before: all left; through the first day; inside: both sides left; from the last day;
    // the day after: all left; the same days: none left.
    [InlineData("2025-06-01", "2025-06-09", "2025-06-10..2025-06-20")]
    [InlineData("2025-06-01", "2025-06-10", "2025-06-11..2025-06-20")]
    [InlineData("2025-06-12", "2025-06-14", "2025-06-10..2025-06-11 2025-06-15..2025-06-20")]
    [InlineData("2025-06-20", "2025-06-30", "2025-06-10..2025-06-19")]
    [InlineData("2025-06-21", "2025-06-30", "2025-06-10..2025-06-20")]
    [InlineData("2025-06-10", "2025-06-20", "")]
    public void The_days_outside_another_stretch_are_before_and_after_it(string from, string to, string left) =>
        Assert.Equal(left, Show(DayRanges.Except(June, Span(from, to))));

    [Theory]
    [InlineData("2025-06-09", true)]  // the day before the first: adjoins
    [InlineData("2025-06-08", false)] // a day's gap
    [InlineData("2025-06-10", false)] // shares the first day
    public void A_stretch_adjoins_the_next_only_if_it_ends_the_day_before(string end, bool adjoins) =>
        Assert.Equal(adjoins, DayRanges.Adjoin(Span("2025-06-01", end), June));

    [Theory]
    [InlineData("", "2025-06-10..2025-06-20")]
    [InlineData("2025-06-10..2025-06-20", "none")]
    // Covering the first day; the last day; holes inside (first to last outside); both ends; the days around.
    [InlineData("2025-06-09..2025-06-10", "2025-06-11..2025-06-20")]
    [InlineData("2025-06-20..2025-06-21", "2025-06-10..2025-06-19")]
    [InlineData("2025-06-12..2025-06-13 2025-06-15..2025-06-16", "2025-06-10..2025-06-20")]
    [InlineData("2025-06-10..2025-06-12 2025-06-18..2025-06-20", "2025-06-13..2025-06-17")]
    [InlineData("2025-06-01..2025-06-09 2025-06-21..2025-06-30", "2025-06-10..2025-06-20")]
    public void The_span_outside_stretches_runs_from_the_first_to_the_last_day_outside_them(
        string stretches, string span)
    {
        var list = stretches.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split("..")).Select(p => Span(p[0], p[1])).ToList();
        Assert.Equal(span, Show(DayRanges.SpanOutside(June, list)));
    }
}
