using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// Stretches of days (inclusive <see cref="DateInterval"/>s) cut, compared and joined: the one place the
/// rules, the audit and the ledger do so, so that each day before, on and after a boundary is treated alike.
/// </summary>
public static class DayRanges
{
    /// <summary>
    /// The period cut before each of <paramref name="cuts"/> that falls inside it (after its first day, up to
    /// its last): one stretch if none does. The cuts are in ascending order and may repeat or lie outside.
    /// </summary>
    public static List<DateInterval> Cut(DateInterval period, IEnumerable<LocalDate> cuts)
    {
        var parts = new List<DateInterval>();
        var start = period.Start;
        foreach (var day in cuts)
        {
            // A cut on the first day (or before) leaves it whole; one after the last ends the cuts.
            if (day <= start) continue;
            if (day > period.End) break;
            parts.Add(new DateInterval(start, day.PlusDays(-1)));
            start = day;
        }
        parts.Add(new DateInterval(start, period.End));
        return parts;
    }

    /// <summary>
    /// The days of <paramref name="days"/> outside <paramref name="other"/>: none, one stretch, or two
    /// (before and after it).
    /// </summary>
    public static List<DateInterval> Except(DateInterval days, DateInterval other)
    {
        var left = new List<DateInterval>();
        if (Overlap(days, other) is null) return [days];
        if (days.Start < other.Start) left.Add(new DateInterval(days.Start, other.Start.PlusDays(-1)));
        if (days.End > other.End) left.Add(new DateInterval(other.End.PlusDays(1), days.End));
        return left;
    }

    /// <summary>The days two stretches share, or null if none.</summary>
    public static DateInterval? Overlap(DateInterval a, DateInterval b)
    {
        var (start, end) = (Later(a.Start, b.Start), Earlier(a.End, b.End));
        return start <= end ? new DateInterval(start, end) : null;
    }

    /// <summary>Whether <paramref name="after"/> begins the day after <paramref name="before"/> ends.</summary>
    public static bool Adjoin(DateInterval before, DateInterval after) => before.End.PlusDays(1) == after.Start;

    /// <summary>From the first day of <paramref name="before"/> to the last of <paramref name="after"/>.</summary>
    public static DateInterval Through(DateInterval before, DateInterval after) => new(before.Start, after.End);

    /// <summary>
    /// From the first to the last day of <paramref name="days"/> outside <paramref name="stretches"/> (in
    /// order, not overlapping); null if every day lies in them.
    /// </summary>
    public static DateInterval? SpanOutside(DateInterval days, IReadOnlyList<DateInterval> stretches)
    {
        LocalDate? first = null, last = null;
        var day = days.Start;
        foreach (var stretch in stretches)
        {
            if (stretch.End < day) continue;
            if (stretch.Start > days.End) break;
            if (stretch.Start > day) (first, last) = (first ?? day, stretch.Start.PlusDays(-1));
            day = stretch.End.PlusDays(1);
            if (day > days.End) break;
        }
        if (day <= days.End) (first, last) = (first ?? day, days.End);
        return first is { } from ? new DateInterval(from, last!.Value) : null;
    }

    /// <summary>The earlier of two days.</summary>
    public static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>The later of two days.</summary>
    public static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
