using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>
/// Reads an operation's chain of mandates for a day: which mandate governs, and whether a pending
/// extension keeps an expired one alive (§ 7(2) ParlBG).
/// </summary>
public static class Chain
{
    /// <summary>
    /// The mandate that governs the operation on the day: the one whose consent began last on or
    /// before it (a later mandate replaces an earlier one). Null before any consent began. Two
    /// mandates beginning on the same day, with nothing to say which replaces the other, are a conflict.
    /// </summary>
    public static Mandate? Governing(Operation operation, LocalDate day)
    {
        Mandate? governing = null;
        Mandate? tied = null;
        var governingBegins = default(LocalDate);
        foreach (var mandate in operation.Mandates)
        {
            if (mandate.ConsentBegins is not { } begins || begins > day) continue;
            // § 5(3): a rejected subsequent approval ends that deployment; it leaves any earlier consent as it was.
            if (mandate.Procedure == Procedure.SubsequentApproval && mandate.Vote is { Result: VoteResult.Rejected } rejection && rejection.Date <= day) continue;
            if (governing is null || begins > governingBegins)
            {
                governing = mandate;
                governingBegins = begins;
                tied = null;
            }
            else if (begins == governingBegins)
                tied = mandate;
        }
        // A tie matters only if no later mandate has since replaced both.
        if (tied is not null)
            throw new RuleConflictException(
                $"which mandate of {operation.Id} governs from {governingBegins:yyyy-MM-dd} (both begin consent that day)",
                [governing!.Name, tied.Name]);
        return governing;
    }

    /// <summary>A subsequent approval (§ 5) the Bundestag rejected on or before the day, if any: that deployment must end.</summary>
    public static Mandate? RejectedSubsequentApproval(Operation operation, LocalDate day) =>
        operation.Mandates.LastOrDefault(m => m.Procedure == Procedure.SubsequentApproval &&
            m.Vote is { Result: VoteResult.Rejected } v && v.Date <= day && m.ConsentBegins is { } b && b <= day);

    /// <summary>The mandate that <paramref name="mandate"/> replaced, if any: the one governing the day before its consent began.</summary>
    public static Mandate? Replaced(Operation operation, Mandate mandate) =>
        mandate.ConsentBegins is { } begins ? Governing(operation, begins.PlusDays(-1)) : null;

    /// <summary>
    /// An extension of <paramref name="mandate"/> whose motion is pending on the day: the next
    /// mandate in the chain marked as an extension, distributed by the old mandate's end, not yet
    /// voted on (or deemed approved) by that day.
    /// </summary>
    public static Mandate? PendingExtension(Operation operation, Mandate mandate, LocalDate day)
    {
        var index = IndexOf(operation, mandate);
        if (index < 0 || index + 1 >= operation.Mandates.Count) return null;
        var next = operation.Mandates[index + 1];
        if (!next.IsExtension || mandate.End is not { } end) return null;
        if (next.Distributed is not { } distributed || distributed > end.Date) return null;
        if (next.Vote is { } vote && vote.Date <= day) return null;
        if (next.ConsentBegins is { } begins && begins <= day) return null;
        return next;
    }

    /// <summary>
    /// How long a pending extension keeps the deployment approved (§ 7(2) ParlBG), inclusive: until two
    /// sitting days after distribution; for a simplified motion until the 7-day objection period closes,
    /// or, after a timely objection, until the end of the sitting week that follows it. The old mandate's
    /// own duration is untouched, so the fiction never ends before it. Null when the calendar does not reach.
    /// </summary>
    public static LocalDate? ExtensionCountsAsApprovedUntil(Mandate pending, Mandate extended, SittingCalendar calendar)
    {
        var distributed = pending.Distributed!.Value;
        LocalDate? until = pending.Procedure == Procedure.Simplified
            ? pending.HasTimelyObjection
                ? calendar.EndOfSittingWeekFollowing(pending.Objection!.Date)
                : pending.ObjectionPeriodEnds
            : calendar.NthSittingDayAfter(distributed, 2);
        if (until is null) return null;
        var end = extended.End!.Date;
        return until > end ? until : end;
    }

    private static int IndexOf(Operation operation, Mandate mandate)
    {
        for (var i = 0; i < operation.Mandates.Count; i++)
            if (ReferenceEquals(operation.Mandates[i], mandate) || operation.Mandates[i].Id == mandate.Id) return i;
        return -1;
    }

    /// <summary>
    /// Every day on which something in the operation's law may change: the boundaries at which an
    /// authorisation over a period must be looked at afresh. Between two of them, only strength varies.
    /// </summary>
    public static SortedSet<LocalDate> ChangeDays(LegalRecord record, Operation operation)
    {
        var days = new SortedSet<LocalDate>();
        void Add(LocalDate? day) { if (day is { } d && d < LocalDate.MaxIsoValue) days.Add(d); }
        void AddAfter(LocalDate? day) { if (day is { } d && d < LocalDate.MaxIsoValue) days.Add(d.PlusDays(1)); }
        var acts = new HashSet<LegalActId>();
        foreach (var m in operation.Mandates)
        {
            Add(m.ConsentBegins);
            Add(m.Start?.Date);
            AddAfter(m.End?.Date);
            Add(m.Vote?.Date);
            Add(m.Revocation?.Effective);
            AddAfter(m.ObjectionPeriodEnds);
            foreach (var id in m.Requires) acts.Add(id);
        }
        // § 7(2) windows end on sitting days or week ends; adding every calendar boundary is cheap and exact.
        foreach (var m in operation.Mandates)
            if (m.IsExtension)
                foreach (var week in record.Calendar.Weeks)
                {
                    AddAfter(week.To);
                    foreach (var d in week.SittingDays) AddAfter(d);
                }
        foreach (var id in acts)
            foreach (var interval in record.Act(id).InForceIntervals)
            {
                Add(interval.Start);
                AddAfter(interval.End);
            }
        return days;
    }
}
