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
    /// In an operation with components, the latest of the mandates governing each component (see
    /// <see cref="GoverningEach"/>): mandates of different components never replace one another.
    /// </summary>
    public static Mandate? Governing(Operation operation, LocalDate day)
    {
        if (operation.Components.Count == 0) return GoverningOf(operation, day, null);
        Mandate? latest = null;
        foreach (var mandate in GoverningEach(operation, day))
            if (latest is null || mandate.ConsentBegins > latest.ConsentBegins) latest = mandate;
        return latest;
    }

    /// <summary>
    /// The mandate governing each chain of the operation on the day, in the order of its components (one
    /// chain, at most one mandate, where it has none); a component none of whose mandates has consent yet
    /// has none. They authorise side by side: see <see cref="CeilingOn"/>.
    /// </summary>
    public static IReadOnlyList<Mandate> GoverningEach(Operation operation, LocalDate day)
    {
        if (operation.Components.Count == 0)
            return GoverningOf(operation, day, null) is { } only ? [only] : [];
        var each = new List<Mandate>(operation.Components.Count);
        foreach (var component in operation.Components)
            if (GoverningOf(operation, day, component.Key) is { } governing) each.Add(governing);
        return each;
    }

    /// <summary>
    /// The operation's ceiling on the day: the ceiling (with its changes) of the governing mandate, or in an
    /// operation with components the sum of the ceilings of the governing mandates whose days include the
    /// day (begun, not ended, not revoked). Null where no mandate governs, or where the governing mandate (with
    /// components: one of those whose days include the day) sets no ceiling: either way no number exceeds it.
    /// </summary>
    public static int? CeilingOn(Operation operation, LocalDate day)
    {
        if (operation.Components.Count == 0) return Governing(operation, day)?.CeilingOn(day).Persons;
        var each = GoverningEach(operation, day);
        if (each.Count == 0) return null;
        var ceilings = each.Where(m => Covers(m, day)).Select(m => m.CeilingOn(day).Persons).ToList();
        // A sum with no ceiling in it bounds nothing (LINQ's Sum would skip the null and undercount).
        return ceilings.Any(c => c is null) ? null : ceilings.Sum(c => c!.Value);
    }

    /// <summary>
    /// The mandate that stands for the operation on the day, as list and show name it: the governing one, or
    /// in an operation with components the latest consented of the governing mandates whose days include the
    /// day (another component's ended mandate does not end the operation), else the latest of them.
    /// </summary>
    public static Mandate? Representative(Operation operation, LocalDate day)
    {
        if (operation.Components.Count == 0) return Governing(operation, day);
        return GoverningEach(operation, day).Where(m => Covers(m, day)).MaxBy(m => m.ConsentBegins)
            ?? Governing(operation, day);
    }

    /// <summary>
    /// Whether the day lies within the mandate's own days: from its start to its end, before any revocation.
    /// </summary>
    public static bool Covers(Mandate mandate, LocalDate day) =>
        (mandate.Start is not { } start || start.Date <= day)
        && (mandate.End is not { } end || end.Date >= day)
        && (mandate.Revocation is not { } revoked || revoked.Effective > day);

    private static Mandate? GoverningOf(Operation operation, LocalDate day, string? component)
    {
        var (governing, tied, begins) = Candidates(operation, day, component);
        if (tied is not null) throw Tie(operation, governing!, tied, begins);
        return governing;
    }

    /// <summary>
    /// The mandate (of the component, if one is named) whose consent began last on or before the day, and
    /// another that began the same day if any (a tie matters only if no later mandate has since replaced both).
    /// </summary>
    private static (Mandate? Governing, Mandate? Tied, LocalDate Begins) Candidates(Operation operation, LocalDate day,
        string? component)
    {
        Mandate? governing = null;
        Mandate? tied = null;
        var governingBegins = default(LocalDate);
        foreach (var mandate in operation.Mandates)
        {
            if (component is not null
                && !string.Equals(mandate.Component, component, StringComparison.OrdinalIgnoreCase)) continue;
            if (!Consents(mandate, day, out var begins)) continue;
            if (governing is null || begins > governingBegins)
            {
                governing = mandate;
                governingBegins = begins;
                tied = null;
            }
            else if (begins == governingBegins)
                tied = mandate;
        }
        return (governing, tied, governingBegins);
    }

    private static RuleConflictException Tie(Operation operation, Mandate governing, Mandate tied, LocalDate begins) =>
        new($"which mandate of {operation.Id} governs from {Days.Format(begins)} (both begin consent that day)", [governing.Name, tied.Name]);

    /// <summary>
    /// Where the record cannot say which mandate governs: two mandates of an operation whose consent
    /// begins on the same day, with no later one replacing both (see <see cref="Governing"/>). Each is
    /// said as the conflict that every question about those days would stop at.
    /// </summary>
    public static IEnumerable<string> Ties(LegalRecord record) =>
        from operation in record.Operations
        from day in operation.Mandates.Select(m => m.ConsentBegins).OfType<LocalDate>().Distinct()
        from component in operation.Components.Count == 0 ? [null] : operation.Components.Select(c => (string?)c.Key)
        let found = Candidates(operation, day, component)
        where found.Tied is not null
        select Tie(operation, found.Governing!, found.Tied!, found.Begins).Message;

    /// <summary>
    /// The mandate of the operation the Bundestag consented to last in the chain (by vote, deemed, or a § 5
    /// deployment not rejected), whatever day it is; null if none. A rejected motion is no consent, nor is a
    /// rejected § 5 approval, though its deployment began.
    /// </summary>
    public static Mandate? LastConsentedTo(Operation operation) =>
        operation.Mandates.LastOrDefault(m => m.ConsentBegins is not null && !IsRejectedSubsequentApproval(m));

    private static bool IsRejectedSubsequentApproval(Mandate m) => m.Procedure == Procedure.SubsequentApproval && m.Vote is { Result: VoteResult.Rejected };

    /// <summary>
    /// The motions after <paramref name="mandate"/> in the chain put by the day: their cabinet decision,
    /// distribution or vote on or before it. One with none of those days recorded is not known to be put.
    /// </summary>
    public static IReadOnlyList<Mandate> LaterMotions(Operation operation, Mandate mandate, LocalDate day) =>
        operation.Mandates.SkipWhile(m => m != mandate).Skip(1)
            .Where(m => SameComponent(m, mandate))
            .Where(m => (m.Cabinet?.Date ?? m.Distributed ?? m.Vote?.Date) is { } put && put <= day).ToList();

    /// <summary>
    /// The newest motion after <paramref name="mandate"/> that the Bundestag decided by the day, if it rejected
    /// it (not a § 5 approval, whose rejection ends its own deployment): the mandate it was to replace stands.
    /// </summary>
    public static Mandate? RejectedLaterMotion(Operation operation, Mandate mandate, LocalDate day) =>
        LaterMotions(operation, mandate, day).LastOrDefault(m => m.Vote is { } v && v.Date <= day) is
            { Procedure: not Procedure.SubsequentApproval, Vote.Result: VoteResult.Rejected } rejected ? rejected : null;

    /// <summary>A subsequent approval (§ 5) the Bundestag rejected on or before the day, if any: that deployment must end.</summary>
    public static Mandate? RejectedSubsequentApproval(Operation operation, LocalDate day) =>
        operation.Mandates.LastOrDefault(m => m.Procedure == Procedure.SubsequentApproval &&
            m.Vote is { Result: VoteResult.Rejected } v && v.Date <= day && m.ConsentBegins is { } b && b <= day);

    /// <summary>Whether the mandate's consent has begun by the day and still stands as a candidate to govern.</summary>
    private static bool Consents(Mandate mandate, LocalDate day, out LocalDate begins)
    {
        begins = mandate.ConsentBegins ?? default;
        if (mandate.ConsentBegins is null || begins > day) return false;
        // § 5(3): a rejected subsequent approval ends that deployment; it leaves any earlier consent as it was.
        return !(mandate.Procedure == Procedure.SubsequentApproval && mandate.Vote is { Result: VoteResult.Rejected } rejection && rejection.Date <= day);
    }

    /// <summary>
    /// The mandates <paramref name="mandate"/> replaced: those governing the day before its consent began
    /// (more than one where they had tied, which the replacement resolves).
    /// </summary>
    public static IReadOnlyList<Mandate> Replaced(Operation operation, Mandate mandate)
    {
        if (mandate.ConsentBegins is not { } begins) return [];
        // Only a mandate of the same component (if any) is replaced; other components run on beside it.
        var before = operation.Mandates
            .Where(m => SameComponent(m, mandate) && Consents(m, begins.PlusDays(-1), out _)).ToList();
        if (before.Count == 0) return [];
        var latest = before.Max(m => m.ConsentBegins!.Value);
        return before.Where(m => m.ConsentBegins == latest).ToList();
    }

    /// <summary>
    /// An extension of <paramref name="mandate"/> whose motion is pending on the day: the next
    /// mandate in the chain marked as an extension, distributed by the old mandate's end, not yet
    /// voted on (or deemed approved) by that day.
    /// </summary>
    public static Mandate? PendingExtension(Operation operation, Mandate mandate, LocalDate day)
    {
        var next = NextExtension(operation, mandate);
        if (next is null || mandate.End is not { } end) return null;
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

    /// <summary>The next mandate in the chain, if its motion extends <paramref name="mandate"/>.</summary>
    private static Mandate? NextExtension(Operation operation, Mandate mandate)
    {
        // The next in its own chain: in an operation with components, the next mandate of the same component.
        var chain = operation.Mandates.Where(m => SameComponent(m, mandate)).ToList();
        for (var i = 0; i + 1 < chain.Count; i++)
            if (chain[i].Id == mandate.Id)
                return chain[i + 1] is { IsExtension: true } next ? next : null;
        return null;
    }

    private static bool SameComponent(Mandate a, Mandate b) =>
        string.Equals(a.Component, b.Component, StringComparison.OrdinalIgnoreCase);

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
            // The ceiling changes within the mandate: on a change's first day, and after a temporary one's last.
            foreach (var change in m.CeilingChanges)
            {
                Add(change.From);
                AddAfter(change.Until);
            }
            foreach (var id in m.Requires) acts.Add(id);
        }
        // Where a pending extension stops counting as approved (§ 7(2)).
        foreach (var m in operation.Mandates)
            if (m.End is not null && NextExtension(operation, m) is { Distributed: not null } next)
                AddAfter(ExtensionCountsAsApprovedUntil(next, m, record.Calendar));
        foreach (var id in acts)
            foreach (var interval in record.Act(id).InForceIntervals)
            {
                Add(interval.Start);
                AddAfter(interval.End);
            }
        return days;
    }
}
