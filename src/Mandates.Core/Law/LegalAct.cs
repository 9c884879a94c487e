using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// An instrument a mandate rests on: a UN Security Council resolution, a NATO or EU Council
/// decision, an agreement, a provision of the Basic Law, a statute. Its validity is a start day
/// and an end (inclusive, or open) moved by dated <see cref="Changes"/>, applied in order.
/// </summary>
public sealed record LegalAct
{
    public LegalActId Id { get; }
    public LegalActKind Kind { get; }
    public string Title { get; }
    /// <summary>How findings name the act, e.g. "UNSCR 1244".</summary>
    public string Short { get; }
    public LocalDate Adopted { get; }
    /// <summary>The first day in force; the day of adoption unless the act says otherwise.</summary>
    public LocalDate InForceFrom { get; }
    /// <summary>The last day in force as adopted (inclusive), or null for open-ended.</summary>
    public LocalDate? Until { get; }
    public ValueList<ValidityChange> Changes { get; }
    public Source Source { get; }
    public string? Document { get; init; }
    public string? Provision { get; init; }
    public string? Url { get; init; }
    /// <summary>Whether <see cref="InForceFrom"/> was written explicitly (kept for a lossless export).</summary>
    public bool InForceFromStated { get; init; }

    private readonly IReadOnlyList<DateInterval?> intervals;

    public LegalAct(LegalActId id, LegalActKind kind, string title, string @short, LocalDate adopted,
        LocalDate inForceFrom, LocalDate? until, ValueList<ValidityChange> changes, Source source)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A legal act needs a title.", nameof(title));
        if (string.IsNullOrWhiteSpace(@short)) throw new ArgumentException("A legal act needs a short name for findings.", nameof(@short));
        if (until is { } u && u < inForceFrom)
            throw new ArgumentException($"The act's last day in force ({u}) is before its first ({inForceFrom}).", nameof(until));
        for (var i = 1; i < changes.Count; i++)
            if (changes[i].Date < changes[i - 1].Date)
                throw new ArgumentException($"Validity changes must be in date order; {changes[i].Date} follows {changes[i - 1].Date}.", nameof(changes));
        Id = id; Kind = kind; Title = title; Short = @short; Adopted = adopted;
        InForceFrom = inForceFrom; Until = until; Changes = changes; Source = source;
        intervals = ComputeIntervals(inForceFrom, until, changes);
    }

    /// <summary>
    /// The periods in which the act is in force, oldest first; an open-ended last period has a null end,
    /// represented here as a <see cref="DateInterval"/> ending on <see cref="LocalDate.MaxIsoValue"/>.
    /// </summary>
    public IEnumerable<DateInterval> InForceIntervals => intervals.OfType<DateInterval>();

    /// <summary>Whether the act is in force on that day, with every known change applied.</summary>
    public bool IsInForceOn(LocalDate day)
    {
        foreach (var interval in intervals)
            if (interval is not null && interval.Contains(day)) return true;
        return false;
    }

    /// <summary>The last day of the in-force period containing <paramref name="day"/>, null if open-ended or not in force.</summary>
    public LocalDate? LastDayInForceFrom(LocalDate day)
    {
        foreach (var interval in intervals)
            if (interval is not null && interval.Contains(day))
                return interval.End == LocalDate.MaxIsoValue ? null : interval.End;
        return null;
    }

    /// <summary>
    /// The in-force period that a consent beginning on <paramref name="consentBegins"/> rests on: the
    /// first one that reaches that day. A mandate lasts "as long as" the act; once this period ends,
    /// a later renewal of the act does not bring the mandate back.
    /// </summary>
    public DateInterval? PeriodReaching(LocalDate consentBegins) =>
        intervals.OfType<DateInterval>().FirstOrDefault(i => i.End >= consentBegins);

    /// <summary>The last day the act was in force before <paramref name="day"/>, if it ever was.</summary>
    public LocalDate? LastDayInForceBefore(LocalDate day) =>
        intervals.OfType<DateInterval>().Where(i => i.End < day).Select(i => (LocalDate?)i.End).LastOrDefault();

    /// <summary>Why <paramref name="change"/> cannot be appended to this act's changes; empty if it can (see <see cref="ValidityChange.ContradictionsAfter"/>).</summary>
    /// <remarks>
    /// Also refuses an extension that would change nothing: one decided while the act is in force to a last
    /// day it already reaches (an open-ended act is extended to nothing). Read as "in force until that day",
    /// it would silently be ignored; an act that ends is recorded as terminated.
    /// </remarks>
    public IReadOnlyList<Contradiction> ContradictionsOf(ValidityChange change)
    {
        var found = change.ContradictionsAfter(Adopted, InForceFrom, Changes.Count > 0 ? Changes[^1].Date : null).ToList();
        if (found.Count == 0 && change.Kind == ValidityChangeKind.Extended && intervals.OfType<DateInterval>().LastOrDefault() is { } current
            && current.Start <= change.Date && current.End >= change.Date && current.End >= (change.Until ?? LocalDate.MaxIsoValue))
            found.Add(new("until", change.Until is { } u ? Days.Format(u) : "open",
                $"a last day after the one the act already has ({(current.End == LocalDate.MaxIsoValue ? "it is in force open-ended" : $"in force until {Days.Format(current.End)}")}): "
                + "an extension carries an act further; if it ends on that day, record the change as terminated"));
        return found;
    }

    /// <summary>The most recent change decided on or before the day, for citing why the act ended.</summary>
    public ValidityChange? LastChangeOnOrBefore(LocalDate day) => Changes.LastOrDefault(c => c.Date <= day);

    private static List<DateInterval?> ComputeIntervals(LocalDate from, LocalDate? until, IReadOnlyList<ValidityChange> changes)
    {
        // Work with inclusive [start, end] pairs; MaxIsoValue stands for "open".
        var list = new List<(LocalDate Start, LocalDate End)> { (from, until ?? LocalDate.MaxIsoValue) };
        foreach (var change in changes)
        {
            var newEnd = change.Until ?? LocalDate.MaxIsoValue;
            switch (change.Kind)
            {
                case ValidityChangeKind.Extended when list.Count == 0:
                    if (newEnd >= change.Date) list.Add((change.Date, newEnd));
                    break;
                case ValidityChangeKind.Extended:
                    var last = list[^1];
                    // An extension decided while in force (or the day after it lapsed) continues the period;
                    // one decided after a gap brings the act back into force from its own date.
                    if (last.End == LocalDate.MaxIsoValue || last.End.PlusDays(1) >= change.Date)
                        list[^1] = (last.Start, Max(last.End, newEnd));
                    else if (newEnd >= change.Date)
                        list.Add((change.Date, newEnd));
                    break;
                case ValidityChangeKind.Terminated:
                    list = list.Where(p => p.Start <= newEnd).Select(p => (p.Start, Min(p.End, newEnd))).ToList();
                    break;
            }
        }
        return list.Select(p => (DateInterval?)new DateInterval(p.Start, p.End)).ToList();
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    public bool Equals(LegalAct? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Title == other.Title && Short == other.Short &&
        Adopted == other.Adopted && InForceFrom == other.InForceFrom && Until == other.Until &&
        Changes.Equals(other.Changes) && Source.Equals(other.Source) && Document == other.Document &&
        Provision == other.Provision && Url == other.Url && InForceFromStated == other.InForceFromStated;

    public override int GetHashCode() => HashCode.Combine(Id, Kind, Title, Adopted, Until, Changes);
}
