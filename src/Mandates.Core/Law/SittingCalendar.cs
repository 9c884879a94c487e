using NodaTime;

namespace Mandates.Core.Law;

/// <summary>A sitting week of the Bundestag and its plenary days.</summary>
public sealed record SittingWeek
{
    public LocalDate From { get; }
    public LocalDate To { get; }
    public ValueList<LocalDate> SittingDays { get; }
    public Provenance Provenance { get; init; }

    public SittingWeek(LocalDate from, LocalDate to, ValueList<LocalDate> sittingDays)
    {
        if (to < from) throw new ArgumentException($"A sitting week ends ({to}) before it starts ({from}).", nameof(to));
        if (sittingDays.Count == 0) throw new ArgumentException("A sitting week has at least one sitting day.", nameof(sittingDays));
        foreach (var day in sittingDays)
            if (day < from || day > to)
                throw new ArgumentException($"The sitting day {day} lies outside its week {from}..{to}.", nameof(sittingDays));
        From = from; To = to; SittingDays = sittingDays;
    }
}

/// <summary>
/// The Bundestag's plenary days, needed for § 7(2) ParlBG ("until two sitting days after the
/// motion's distribution"). It knows only the weeks it lists: past its last week it cannot answer.
/// </summary>
public sealed record SittingCalendar
{
    public Source Source { get; }
    public ValueList<SittingWeek> Weeks { get; }
    private readonly LocalDate[] days;

    public static readonly SittingCalendar Empty = new(new Source("no sitting calendar"), ValueList<SittingWeek>.Empty);

    public SittingCalendar(Source source, ValueList<SittingWeek> weeks)
    {
        for (var i = 1; i < weeks.Count; i++)
            if (weeks[i].From <= weeks[i - 1].To)
                throw new ArgumentException($"Sitting weeks must be in order without overlap; {weeks[i].From} starts before {weeks[i - 1].To} ends.", nameof(weeks));
        Source = source;
        Weeks = weeks;
        days = weeks.SelectMany(w => w.SittingDays).Distinct().Order().ToArray();
    }

    /// <summary>The first day the calendar speaks of, or null if it is empty.</summary>
    public LocalDate? CoversFrom => Weeks.Count == 0 ? null : Weeks.Min(w => w.From);

    /// <summary>The last day the calendar speaks of, or null if it is empty.</summary>
    public LocalDate? CoversUntil => Weeks.Count == 0 ? null : Weeks.Max(w => w.To);

    /// <summary>Whether the calendar lists the sitting days around this day (it cannot speak of days before its first week).</summary>
    public bool Covers(LocalDate day) => CoversFrom is { } from && day >= from && day <= CoversUntil;

    /// <summary>
    /// The <paramref name="n"/>th sitting day strictly after <paramref name="day"/>, or null if the
    /// calendar does not cover <paramref name="day"/> or does not reach that far.
    /// </summary>
    public LocalDate? NthSittingDayAfter(LocalDate day, int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Count sitting days from 1.");
        if (!Covers(day)) return null;
        var index = Array.BinarySearch(days, day);
        var next = index >= 0 ? index + 1 : ~index;
        var target = next + n - 1;
        return target < days.Length ? days[target] : null;
    }

    /// <summary>The last day of the first sitting week that begins after <paramref name="day"/>, or null if the calendar does not cover the day or lists no such week.</summary>
    public LocalDate? EndOfSittingWeekFollowing(LocalDate day) => !Covers(day) ? null :
        Weeks.Where(w => w.From > day).OrderBy(w => w.From).Select(w => (LocalDate?)w.To).FirstOrDefault();

    public bool Equals(SittingCalendar? other) => other is not null && Source.Equals(other.Source) && Weeks.Equals(other.Weeks);
    public override int GetHashCode() => HashCode.Combine(Source, Weeks);
}
